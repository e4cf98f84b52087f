using Goodhart.Testing;

namespace Goodhart.Tests.Support;

/// <summary>Files of the repository (samples, docs).</summary>
internal static class Repo
{
    public static string Root => RepositoryRoot.Path;

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
