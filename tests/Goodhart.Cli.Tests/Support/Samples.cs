using Goodhart.Testing;

namespace Goodhart.Cli.Tests.Support;

/// <summary>Paths of the committed samples, found from the test binary's folder upwards.</summary>
internal static class Samples
{
    public static string Root => RepositoryRoot.Path;

    public static string StressTest(string name) => Path.Combine(Root, "samples", "stress-tests", name);

    public static string[] Team => System.IO.Directory.GetFiles(Path.Combine(Root, "samples", "stress-tests", "team"), "*.json").Order(StringComparer.Ordinal).ToArray();

}
