namespace Goodhart.Tests.Support;

/// <summary>Finds files of the repository (samples, docs) from the test binary's folder.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Goodhart.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Goodhart.sln not found above " + AppContext.BaseDirectory);
    }
}
