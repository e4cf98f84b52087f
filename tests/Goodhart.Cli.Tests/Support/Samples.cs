namespace Goodhart.Cli.Tests.Support;

/// <summary>Paths of the committed samples, found from the test binary's folder upwards.</summary>
internal static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string StressTest(string name) => Path.Combine(Root, "samples", "stress-tests", name);

    public static string[] Team => System.IO.Directory.GetFiles(Path.Combine(Root, "samples", "stress-tests", "team"), "*.json").Order(StringComparer.Ordinal).ToArray();

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
