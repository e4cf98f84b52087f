namespace Goodhart.Tests.Support;

/// <summary>The shared reference data sets that sit beside the repository (at &lt;repo root&gt;/../shared/data).</summary>
internal static class SharedData
{
    public static string PathOf(string file)
    {
        var path = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "data", file));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The shared data file {file} is not at {path}. These tests need the shared data folder beside the repository.", path);
        }

        return path;
    }

    /// <summary>The rows of a simple CSV file (no commas inside fields), header removed, quotes stripped.</summary>
    public static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(PathOf(file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray());
}
