namespace Goodhart.Tests.Support;

/// <summary>The reference data sets committed in samples/spc (sources and licences in its README).</summary>
internal static class SampleRows
{
    public static string PathOf(string file) => SampleSeries.PathOf(file);

    /// <summary>The rows of a simple CSV file (no commas inside fields), header removed, quotes stripped.</summary>
    public static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(PathOf(file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',').Select(f => f.Trim('"')).ToArray());
}
