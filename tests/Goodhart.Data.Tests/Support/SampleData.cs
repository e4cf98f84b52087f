using Goodhart.Testing;

namespace Goodhart.Data.Tests.Support;

/// <summary>The reference data sets committed in samples/spc (sources and licences in its README).</summary>
internal static class SampleData
{
    public static string PathOf(string name) => RepositoryRoot.Combine("samples", "spc", name);
}
