using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Goodhart.Detection.Summaries;

namespace Goodhart.Data.Tests.Support;

/// <summary>
/// A generated case log with what the queue summaries need — person ids (some blank, some padded with spaces),
/// priority classes, categories some of which are exempt, and queue-join times, with ties in join time on purpose —
/// and those summaries computed from it by plain pairwise loops in C#, independently of the SQL.
/// </summary>
internal sealed class QueueLog
{
    public const double Threshold = 240;
    public const double Cap = 100 * Threshold;

    private static readonly string[] Categories = ["A", "B", "RTN", " PLN ", "", "rtn"];
    private static readonly string[] Priorities = ["1", "2", "3", "10", " 2 ", ""];

    private QueueLog(IReadOnlyList<Row> rows) => Rows = rows;

    public IReadOnlyList<Row> Rows { get; }

    /// <summary>
    /// <paramref name="count"/> cases over January–April 2026 for <paramref name="people"/> people, durations 0–400
    /// minutes; one in ten shares its start and join time with an earlier case; then the dirty rows: end before start,
    /// an absurd duration, a blank end, unreadable times, and (only wrong when the join column is used) a blank, an
    /// unreadable and a too-late join time.
    /// </summary>
    public static QueueLog Generate(int count, int people = 40, int seed = 5)
    {
        var random = new Random(seed);
        var origin = new DateTime(2026, 1, 1);
        var rows = new List<Row>();
        for (var i = 0; i < count; i++)
        {
            DateTime start, joined;
            if (rows.Count > 0 && random.NextDouble() < 0.1)
            {
                var twin = rows[random.Next(rows.Count)];
                (start, joined) = (twin.StartTime!.Value, twin.JoinedTime!.Value);
            }
            else
            {
                start = origin.AddSeconds(random.Next(0, 110 * 86400));
                joined = start.AddSeconds(-random.Next(0, 3600));
            }

            var end = random.NextDouble() < 0.03 ? start : start.AddSeconds(random.Next(0, 400 * 60));
            var person = random.NextDouble() < 0.08 ? string.Empty : $"P{random.Next(people)}";
            if (person.Length > 0 && random.NextDouble() < 0.1)
            {
                person = $" {person} ";
            }

            rows.Add(new Row(Iso(start), Iso(end), Iso(joined), Categories[random.Next(Categories.Length)], person, Priorities[random.Next(Priorities.Length)],
                start, end, joined));
        }

        var s = new DateTime(2026, 2, 10, 9, 0, 0);
        rows.Add(new Row(Iso(s), Iso(s.AddMinutes(-5)), Iso(s), "A", "P1", "1", s, s.AddMinutes(-5), s));
        rows.Add(new Row(Iso(s), Iso(s.AddDays(30)), Iso(s), "B", "P1", "2", s, s.AddDays(30), s));
        rows.Add(new Row(Iso(s), string.Empty, Iso(s), "A", "P2", "1", s, null, s));
        rows.Add(new Row("10/02/2026 09:00", Iso(s), "10/02/2026 09:00", "A", "P2", "3", null, s, null));
        rows.Add(new Row(Iso(s), "not a time", Iso(s), "B", "P3", "1", s, null, s));
        rows.Add(new Row(Iso(s), Iso(s.AddMinutes(30)), string.Empty, "A", "P3", "1", s, s.AddMinutes(30), null));
        rows.Add(new Row(Iso(s), Iso(s.AddMinutes(40)), "soon", "RTN", "P4", "2", s, s.AddMinutes(40), null));
        rows.Add(new Row(Iso(s), Iso(s.AddMinutes(50)), Iso(s.AddHours(2)), "B", "P4", "2", s, s.AddMinutes(50), s.AddHours(2)));
        return new QueueLog(rows);
    }

    /// <summary>The counted cases, with the queue-join time the mapping gives them: the join column or the start.</summary>
    public List<Counted> CountedCases(bool useJoined, string priorityPrefix = "") =>
        Rows.Where(r => r.Minutes is >= 0 and <= Cap)
            .Where(r => !useJoined || (r.JoinedTime is { } j && j <= r.EndTime!.Value))
            .Select(r => new Counted(r, useJoined ? r.JoinedTime!.Value : r.StartTime!.Value, Prefixed(r.Priority, priorityPrefix).Trim()))
            .ToList();

    public IReadOnlyList<DurationExemptCount> ExpectedExempt(IReadOnlyList<string> exempt) =>
        CountedCases(useJoined: false)
            .GroupBy(c => (long)Math.Floor(c.Row.Minutes!.Value)).OrderBy(g => g.Key)
            .Select(g => new DurationExemptCount(g.Key, g.Count(), g.Count(c => exempt.Contains(c.Row.Category.Trim(), StringComparer.Ordinal))))
            .ToList();

    /// <summary>A case is followed by a repeat when any other counted case of the same non-blank person joins in (end, end + window].</summary>
    public IReadOnlyList<RepeatContactCount> ExpectedRepeats(TimeSpan window, bool useJoined)
    {
        var cases = CountedCases(useJoined);
        bool Repeated(Counted c) =>
            c.Row.Person.Trim().Length > 0 && cases.Any(o => !ReferenceEquals(o, c) && o.Row.Person.Trim() == c.Row.Person.Trim()
                && o.Joined > c.Row.EndTime!.Value && o.Joined <= c.Row.EndTime.Value + window);
        return cases.GroupBy(c => (long)Math.Floor(c.Row.Minutes!.Value)).OrderBy(g => g.Key)
            .Select(g => new RepeatContactCount(g.Key, g.Count(), g.Count(Repeated)))
            .ToList();
    }

    /// <summary>
    /// Overtaken: another counted case of the same class joined strictly later and ended strictly earlier; by a lower
    /// priority: of a non-blank class that is less urgent (a larger number, or with a <paramref name="priorityPrefix"/>
    /// making the classes text, a later text) than this case's non-blank class.
    /// </summary>
    public IReadOnlyList<OvertakingCount> ExpectedOvertaking(bool useJoined, string priorityPrefix = "")
    {
        var asText = priorityPrefix.Length > 0;
        var cases = CountedCases(useJoined, priorityPrefix);
        int Compare(string a, string b) => asText
            ? string.CompareOrdinal(a, b)
            : double.Parse(a, CultureInfo.InvariantCulture).CompareTo(double.Parse(b, CultureInfo.InvariantCulture));
        bool Overtakes(Counted later, Counted c) => later.Joined > c.Joined && later.Row.EndTime!.Value < c.Row.EndTime!.Value;
        bool Same(Counted c) => cases.Any(o => o.Class == c.Class && Overtakes(o, c));
        bool Lower(Counted c) => c.Class.Length > 0 && cases.Any(o => o.Class.Length > 0 && Compare(o.Class, c.Class) > 0 && Overtakes(o, c));
        return cases
            .GroupBy(c => (Period: new DateOnly(c.Joined.Year, c.Joined.Month, 1), c.Class))
            .OrderBy(g => g.Key.Period)
            .ThenBy(g => g.Key.Class.Length == 0)
            .ThenBy(g => g.Key.Class, Comparer<string>.Create((a, b) => a.Length == 0 || b.Length == 0 ? 0 : Compare(a, b)))
            .Select(g => new OvertakingCount(g.Key.Period, g.Key.Class, g.Count(), g.Count(Same), g.Count(Lower),
                g.Count(c => c.Row.Minutes > Threshold), g.Count(c => c.Row.Minutes > Threshold && Same(c))))
            .ToList();
    }

    /// <summary>Writes <c>id,arrived,left,disposal,person,priority,joined</c>; priorities get <paramref name="priorityPrefix"/> to make them text.</summary>
    public string WriteCsv(TempFolder folder, string name = "queue.csv", string priorityPrefix = "")
    {
        var text = new StringBuilder("id,arrived,left,disposal,person,priority,joined\n");
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},{r.Start},{r.End},{r.Category},{r.Person},{Prefixed(r.Priority, priorityPrefix)},{r.Joined}\n");
        }

        return folder.Write(name, text.ToString());
    }

    /// <summary>Writes <c>id,minutes,left,disposal,person,priority,joined</c>, the minutes written to round-trip (blank or <c>fast</c> without times).</summary>
    public string WriteDurationCsv(TempFolder folder, string name = "queue-durations.csv")
    {
        var text = new StringBuilder("id,minutes,left,disposal,person,priority,joined\n");
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            var minutes = r.Minutes is { } m ? m.ToString("R", CultureInfo.InvariantCulture) : r.End.Length == 0 ? string.Empty : "fast";
            text.Append(CultureInfo.InvariantCulture, $"{i + 1},{minutes},{r.End},{r.Category},{r.Person},{r.Priority},{r.Joined}\n");
        }

        return folder.Write(name, text.ToString());
    }

    /// <summary>
    /// Writes the log as Parquet with typed timestamps (unreadable ones NULL) and text for the rest, or with
    /// <paramref name="wholeNumberPriorities"/> the priorities as integers (trimmed; blank ones NULL).
    /// </summary>
    public string WriteParquet(TempFolder folder, string name = "queue.parquet", bool wholeNumberPriorities = false)
    {
        var priority = wholeNumberPriorities ? "CAST(nullif(trim(priority), '') AS INTEGER) AS priority" : "priority";
        var csv = WriteCsv(folder, Path.ChangeExtension(name, ".source.csv"));
        var path = Path.Combine(folder.Path, name);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            COPY (SELECT CAST(id AS INTEGER) AS id, TRY_CAST(arrived AS TIMESTAMP) AS arrived, TRY_CAST("left" AS TIMESTAMP) AS "left",
                         disposal, person, {priority}, TRY_CAST(joined AS TIMESTAMP) AS joined
                  FROM read_csv('{csv}', header = true, all_varchar = true))
            TO '{path}' (FORMAT parquet)
            """;
        command.ExecuteNonQuery();
        return path;
    }

    private static string Prefixed(string priority, string prefix) => priority.Trim().Length == 0 ? priority : prefix + priority.Trim();

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    internal sealed record Row(
        string Start, string End, string Joined, string Category, string Person, string Priority, DateTime? StartTime, DateTime? EndTime, DateTime? JoinedTime)
    {
        public double? Minutes => StartTime is { } s && EndTime is { } e ? (e - s).TotalMinutes : null;
    }

    internal sealed record Counted(Row Row, DateTime Joined, string Class);
}
