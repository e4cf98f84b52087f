using System.Globalization;

namespace Goodhart.Tests.Support;

/// <summary>The reference data sets copied next to the statistics tests (sources and licences in each folder's README).</summary>
internal static class StatisticsData
{
    /// <summary>One numeric column of a CSV file under tests/Goodhart.Tests/Statistics; blanks and NA are missing and left out.</summary>
    public static double[] Column(string relativePath, int column) =>
        File.ReadLines(Repo.PathOf(Path.Combine("tests", "Goodhart.Tests", "Statistics", relativePath)))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',')[column].Trim().Trim('"'))
            .Where(field => field.Length > 0 && field != "NA")
            .Select(field => double.Parse(field, CultureInfo.InvariantCulture))
            .ToArray();
}
