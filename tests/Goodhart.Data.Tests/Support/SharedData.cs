using Goodhart.Testing;

namespace Goodhart.Data.Tests.Support;

/// <summary>The shared reference datasets, kept next to the repository (<c>../shared/data</c> from its root).</summary>
internal static class SharedData
{
    public static string PathOf(string name)
    {
        var folder = System.IO.Path.GetFullPath(RepositoryRoot.Combine("..", "shared", "data"));
        var path = System.IO.Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The shared dataset {name} is not at {path}. These tests read the reference data in ../shared/data next to the repository root; put it there (it is not committed).");
        }

        return path;
    }
}
