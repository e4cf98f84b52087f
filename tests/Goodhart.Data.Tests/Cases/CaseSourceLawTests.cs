using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using Goodhart.Data.Cases;
using Goodhart.Data.Tests.Support;

namespace Goodhart.Data.Tests.Cases;

public sealed class CaseSourceLawTests
{
    /// <summary>Every row of a file is either counted or left out for a reason, and every summary counts the same cases.</summary>
    [Property(MaxTest = 40)]
    public bool Summaries_AnyLog_CountedPlusExcludedIsEveryRow(int[] seeds)
    {
        using var folder = new TempFolder();
        var origin = new DateTime(2026, 1, 1);
        var text = new StringBuilder("s,e,c\n");
        foreach (var seed in seeds)
        {
            var start = origin.AddMinutes(Math.Abs(seed % 200_000));
            var end = start.AddMinutes(seed % 30_000);
            var e = (Math.Abs(seed) % 13) switch
            {
                0 => string.Empty,
                1 => "soon",
                _ => end.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            };
            text.Append(CultureInfo.InvariantCulture, $"{start:yyyy-MM-dd HH:mm},{e},{(char)('a' + Math.Abs(seed % 3))}\n");
        }

        var path = folder.Write("law.csv", text.ToString());
        using var source = CaseSource.Open(path).Value!;
        var mapping = new CaseMapping(240) { Start = "s", End = "e", Category = "c" };
        var histogram = source.DurationHistogram(mapping);
        if (!histogram.Succeeded)
        {
            return seeds.Length > 0 && histogram.Problems[^1].Message.StartsWith("none of the", StringComparison.Ordinal);
        }

        var summary = histogram.Value!;
        var days = source.PeriodDayCounts(mapping).Value!;
        var categories = source.PeriodCategoryCounts(mapping).Value!;
        return summary.Counted + summary.Excluded.Total == seeds.Length
            && summary.Value.Total == summary.Counted
            && days.Value.Sum(d => d.Met + d.Breached) == summary.Counted
            && categories.Value.Sum(c => c.Met + c.Breached) == summary.Counted
            && days.Excluded == summary.Excluded;
    }
}
