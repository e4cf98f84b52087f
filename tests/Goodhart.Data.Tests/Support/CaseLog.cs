using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Goodhart.Detection.Summaries;

namespace Goodhart.Data.Tests.Support;

/// <summary>
/// A small generated case log with known problems mixed in, and the summaries computed from it directly in C#, so
/// the SQL summaries are checked against an independent count.
/// </summary>
internal sealed class CaseLog
{
    public const double Threshold = 240;

    private CaseLog(IReadOnlyList<Row> rows) => Rows = rows;

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>
    /// <paramref name="count"/> cases from January to April 2026, durations 0–400 minutes with seconds, categories
    /// A/B/C/blank; with <paramref name="dirty"/>, also cases ending before they start, an absurd one, blanks and
    /// unparseable times.
    /// </summary>
    public static CaseLog Generate(int count, bool dirty, int seed = 7)
    {
        var random = new Random(seed);
        var origin = new DateTime(2026, 1, 1);
        var rows = new List<Row>();
        string[] categories = ["A", "B", "C", ""];
        for (var i = 0; i < count; i++)
        {
            var start = origin.AddSeconds(random.Next(0, 110 * 86400));
            var end = start.AddSeconds(random.Next(0, 400 * 60));
            rows.Add(new Row(Iso(start), Iso(end), categories[random.Next(categories.Length)], start, end));
        }

        if (dirty)
        {
            var s = new DateTime(2026, 2, 10, 9, 0, 0);
            rows.Add(new Row(Iso(s), Iso(s.AddMinutes(-5)), "A", s, s.AddMinutes(-5)));
            rows.Add(new Row(Iso(s), Iso(s.AddMinutes(-90)), "B", s, s.AddMinutes(-90)));
            rows.Add(new Row(Iso(s), Iso(s.AddDays(30)), "C", s, s.AddDays(30)));
            rows.Add(new Row(Iso(s), "", "A", null, null));
            rows.Add(new Row("10/02/2026 09:00", Iso(s), "A", null, null));
            rows.Add(new Row(Iso(s), "not a time", "B", null, null));
        }

        return new CaseLog(rows);
    }

    public IEnumerable<Row> Valid => Rows.Where(r => r.Minutes is >= 0 and <= 100 * Threshold);

    public IReadOnlyList<DurationCount> ExpectedHistogram() =>
        Valid.GroupBy(r => (long)Math.Floor(r.Minutes!.Value)).OrderBy(g => g.Key).Select(g => new DurationCount(g.Key, g.Count())).ToList();

    public IReadOnlyList<PeriodDayCount> ExpectedPeriodDays() =>
        Valid.GroupBy(r => DateOnly.FromDateTime(r.EndTime!.Value))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var period = new DateOnly(g.Key.Year, g.Key.Month, 1);
                return new PeriodDayCount(period, g.Key.Day, DateTime.DaysInMonth(g.Key.Year, g.Key.Month), g.Count(r => r.Minutes <= Threshold), g.Count(r => r.Minutes > Threshold));
            })
            .ToList();

    public IReadOnlyList<PeriodCategoryCount> ExpectedPeriodCategories() =>
        Valid.GroupBy(r => (Period: new DateOnly(r.EndTime!.Value.Year, r.EndTime.Value.Month, 1), r.Category))
            .OrderBy(g => g.Key.Period).ThenBy(g => g.Key.Category, StringComparer.Ordinal)
            .Select(g => new PeriodCategoryCount(g.Key.Period, g.Key.Category, g.Count(r => r.Minutes <= Threshold), g.Count(r => r.Minutes > Threshold)))
            .ToList();

    public string WriteCsv(TempFolder folder, string name = "cases.csv", string startHeader = "arrived", string endHeader = "left")
    {
        var text = new StringBuilder($"id,\"{startHeader.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{endHeader},disposal\n");
        for (var i = 0; i < Rows.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},{Rows[i].Start},{Rows[i].End},{Rows[i].Category}\n");
        }

        return folder.Write(name, text.ToString());
    }

    /// <summary>
    /// Writes the log with a recorded duration instead of a start: <c>id,minutes,left,disposal</c>, the minutes written
    /// to round-trip; a case without times gets a blank duration when its end is blank, else the text <c>fast</c>.
    /// </summary>
    public string WriteDurationCsv(TempFolder folder, string name = "durations.csv")
    {
        var text = new StringBuilder("id,minutes,left,disposal\n");
        for (var i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            var minutes = row.Minutes is { } m ? m.ToString("R", CultureInfo.InvariantCulture) : row.End.Length == 0 ? string.Empty : "fast";
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},{minutes},{row.End},{row.Category}\n");
        }

        return folder.Write(name, text.ToString());
    }

    /// <summary>Writes the log as Parquet with typed timestamps, through DuckDB's COPY (the CSV first, then converted).</summary>
    public string WriteParquet(TempFolder folder, string name = "cases.parquet")
    {
        var csv = WriteCsv(folder, Path.ChangeExtension(name, ".source.csv"));
        var path = Path.Combine(folder.Path, name);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            COPY (SELECT CAST(id AS INTEGER) AS id, TRY_CAST(arrived AS TIMESTAMP) AS arrived, TRY_CAST("left" AS TIMESTAMP) AS "left", disposal
                  FROM read_csv('{csv}', header = true, all_varchar = true))
            TO '{path}' (FORMAT parquet)
            """;
        command.ExecuteNonQuery();
        return path;
    }

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    internal sealed record Row(string Start, string End, string Category, DateTime? StartTime, DateTime? EndTime)
    {
        public double? Minutes => StartTime is { } s && EndTime is { } e ? (e - s).TotalMinutes : null;
    }
}
