using System.Globalization;
using Goodhart.Detection.Summaries;
using Goodhart.Input;

namespace Goodhart.Data.Cases;

/// <content>
/// The summaries of the reclassification, rework and cherry-picking detectors: exempt cases by duration, repeat
/// contacts by duration, and overtaking by period and priority class. Each is one SQL statement over the common table
/// expression; repeat contacts and overtaking use window functions over the queue order (sorts, O(n log n)), never a
/// join of the cases with themselves.
/// </content>
public sealed partial class CaseSource
{
    /// <summary>The most priority classes <see cref="OvertakingCounts"/> compares (one window aggregate per class).</summary>
    public const int MaxPriorityClasses = 20;

    /// <summary>
    /// How many cases took each whole number of units (floor of the duration), and how many of those were recorded in a
    /// category exempt from the target (<see cref="CaseMapping.Exempt"/>): a category is exempt when its text, trimmed
    /// of spaces, equals one of the exempt categories (also trimmed) exactly, case included. A blank category is never
    /// exempt. The same cases are left out as for <see cref="DurationHistogram(CaseMapping)"/>.
    /// </summary>
    /// <param name="mapping">The durations, the category column and a non-empty list of exempt categories.</param>
    /// <returns>One row per whole duration, in increasing order, or the problems (no category column or no exempt list).</returns>
    public Loaded<CaseSummary<IReadOnlyList<DurationExemptCount>>> DurationExemptCounts(CaseMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var exempt = mapping.Exempt.Select(e => e?.Trim(' ') ?? string.Empty).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var problems = new List<InputProblem>();
        if (exempt.Count == 0)
        {
            problems.Add(new InputProblem(Source, 0, "exempt", "give the categories that do not count towards the target (e.g. planned returns), to count how many cases were recorded in them"));
        }

        var values = exempt.Select((e, i) => ($"x{i}", (object?)e)).ToDictionary(p => p.Item1, p => p.Item2);
        return Summarise(mapping, new PlanNeeds(End: false, Category: true), problems, values, (plan, select) =>
        {
            var list = string.Join(", ", values.Keys.Select(_dialect.Placeholder));
            var sql = $"""
                {plan.Cte}
                SELECT status, count(*) AS n, CASE WHEN status = 'ok' THEN {_dialect.FloorToInteger("dur")} END AS k,
                       count(*) FILTER (WHERE trim(cat) IN ({list})) AS n_exempt
                FROM classified GROUP BY 1, 3 ORDER BY 1, 3
                """;
            var counts = new List<DurationExemptCount>();
            var statuses = select(sql, reader => counts.Add(new DurationExemptCount(reader.GetInt64(2), reader.GetInt64(1), reader.GetInt64(3))));
            return ((IReadOnlyList<DurationExemptCount>)counts, statuses);
        });
    }

    /// <summary>
    /// How many cases took each whole number of units (floor of the duration), and how many of those were followed by a
    /// repeat contact: a counted case for the same person (<see cref="CaseMapping.Person"/>, compared as text trimmed of
    /// spaces) that joined the queue strictly after this case ended and no later than the end plus
    /// <see cref="CaseMapping.RepeatWindow"/> (both bounds to the microsecond). The queue-join time is the
    /// <see cref="CaseMapping.Arrival"/> column, else the start, else the end less the recorded duration.
    /// <para>
    /// Any later case in the window makes a repeat, not only the person's next one: a case that joined while this one
    /// was still open (a transfer, a duplicate record, two cases at once) is not a repeat of it, but does not hide a
    /// repeat that comes after. A case joining exactly when this one ended is not a repeat (it overlapped). A case with
    /// a blank person is counted but never has, nor is, a repeat. Only counted cases are repeats: one left out (e.g. an
    /// unreadable time) is not. The same cases are left out as for <see cref="DurationHistogram(CaseMapping)"/>, and
    /// cases whose recorded queue-join time is missing, unreadable or after their end.
    /// </para>
    /// </summary>
    /// <param name="mapping">The durations, the end time, the person column and the repeat window.</param>
    /// <returns>One row per whole duration, in increasing order, or the problems.</returns>
    /// <remarks>
    /// Only people with two or more counted cases can have a repeat; they are found by a hash of the person's text (a
    /// shared hash only lets more cases through), and only their cases are sorted, by person and queue-join time. The
    /// first join strictly after a case's end is then, in most cases, simply the next case's join (<c>lead</c>): when
    /// that comes after the end, every later case joins later still and every earlier one joined before the end. Only
    /// a case whose next case joined before it ended (overlapping cases) needs a search: for the people with such
    /// cases, each case gives a join event and each such case an end event, ordered by time with a join before an end
    /// at the same instant, and the first join after an end is a window minimum over the following events of the same
    /// person. Both are sorts (O(n log n)), never a pairing of cases. The search window runs in reverse time order with
    /// a frame from the first row: every engine then keeps a running minimum, where a frame that starts after the
    /// current row makes PostgreSQL recompute the minimum for each row (quadratic). Spaces are trimmed only from text
    /// that starts or ends with one (<see cref="SqlDialect.TrimSpaces"/>): the same text, without copying the rest.
    /// </remarks>
    public Loaded<CaseSummary<IReadOnlyList<RepeatContactCount>>> RepeatContactCounts(CaseMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<InputProblem>();
        if (mapping.RepeatWindow <= TimeSpan.Zero)
        {
            problems.Add(new InputProblem(Source, 0, "repeat window", $"{mapping.RepeatWindow} is not a window; expected a positive time, e.g. 7 days"));
        }

        var values = new Dictionary<string, object?> { ["repeat_us"] = mapping.RepeatWindow.Ticks / TimeSpan.TicksPerMicrosecond };
        return Summarise(mapping, new PlanNeeds(End: true, Category: false, Arrival: true, Person: true), problems, values, (plan, select) =>
        {
            var d = _dialect;
            // Only a person with two or more counted cases can have a repeat (a case never joins after its own end),
            // and few people do: the person's text is hashed to find them, and only their cases are sorted by person
            // and join time. A hash shared by two people only lets more cases through; the windows compare the text.
            var sql = $"""
                {plan.Cte},
                people AS NOT MATERIALIZED (
                  SELECT {d.FloorToInteger("dur")} AS k, {d.TrimSpaces("who_raw")} AS who, a_us AS a, e_us AS e
                  FROM classified WHERE status = 'ok'),
                returners AS (
                  SELECT {d.TextHash("who")} AS h FROM people WHERE who <> '' GROUP BY 1 HAVING count(*) > 1),
                chained AS MATERIALIZED (
                  SELECT k, h, who, a, e, lead(a) OVER (PARTITION BY h, who ORDER BY a) AS next_a
                  FROM (SELECT k, {d.TextHash("who")} AS h, who, a, e FROM people
                        WHERE who <> '' AND {d.TextHash("who")} IN (SELECT h FROM returners)) AS r),
                tangled AS (
                  SELECT DISTINCT h FROM chained WHERE next_a <= e),
                events AS (
                  SELECT k, h, who, 0 AS kind, a AS t FROM chained WHERE h IN (SELECT h FROM tangled)
                  UNION ALL
                  SELECT k, h, who, 1 AS kind, e AS t FROM chained WHERE next_a <= e),
                followed AS (
                  SELECT k, kind, t,
                         min(CASE WHEN kind = 0 THEN t END) OVER (
                           PARTITION BY h, who ORDER BY t DESC, kind DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS next_join
                  FROM events),
                repeats AS (
                  SELECT k, count(*) AS n_repeat FROM (
                    SELECT k FROM chained WHERE next_a > e AND next_a <= e + {d.Placeholder("repeat_us")}
                    UNION ALL
                    SELECT k FROM followed WHERE kind = 1 AND next_join <= t + {d.Placeholder("repeat_us")}) AS r
                  GROUP BY k),
                totals AS (
                  SELECT status, CASE WHEN status = 'ok' THEN {d.FloorToInteger("dur")} END AS k, count(*) AS n FROM classified GROUP BY 1, 2)
                SELECT t.status, t.n, t.k, coalesce(r.n_repeat, 0) AS n_repeat
                FROM totals AS t LEFT JOIN repeats AS r ON r.k = t.k ORDER BY 1, 3
                """;
            var counts = new List<RepeatContactCount>();
            var statuses = select(sql, reader => counts.Add(new RepeatContactCount(reader.GetInt64(2), reader.GetInt64(1), reader.GetInt64(3))));
            return ((IReadOnlyList<RepeatContactCount>)counts, statuses);
        });
    }

    /// <summary>
    /// Cases counted by the reporting period (<see cref="CaseMapping.Period"/>) of their queue-join time and by their
    /// priority class (<see cref="CaseMapping.Priority"/>, as text trimmed of spaces), with how many were overtaken:
    /// some counted case that joined the queue strictly later (to the microsecond; cases joining at the same instant
    /// never overtake each other) ended strictly earlier. <see cref="OvertakingCount.Overtaken"/> counts overtaking
    /// within the class, <see cref="OvertakingCount.OvertakenByLowerPriority"/> by a case of a less urgent class.
    /// The queue-join time is the <see cref="CaseMapping.Arrival"/> column, else the start, else the end less the
    /// recorded duration; cases are served in the order of their end time.
    /// <para>
    /// Urgency: when every non-blank class reads as a number, a lower number is more urgent (1 before 2; 1 and 1.0 are
    /// two classes of equal urgency); otherwise classes are ordered by their text, code point by code point (A before
    /// B). A blank priority is a class of its own (the empty string), listed last: its cases are counted and can
    /// overtake each other, but its urgency is unknown, so it neither overtakes nor is overtaken by a case of another
    /// class. At most <see cref="MaxPriorityClasses"/> non-blank classes. Rows are ordered by period, then by urgency,
    /// then by text. The same cases are left out as for <see cref="RepeatContactCounts"/>.
    /// </para>
    /// </summary>
    /// <param name="mapping">The durations, the end time, the priority column and the reporting period.</param>
    /// <returns>One row per period and class with cases, or the problems (no priority column, too many classes).</returns>
    /// <remarks>
    /// Cases are first grouped by join instant, keeping the earliest end of each class in a column of its own (at most
    /// <see cref="MaxPriorityClasses"/> and the blank class): cases joining at the same instant never overtake each
    /// other, so the earliest end among strictly later joiners is, for every class at once, a running minimum of each
    /// column over the instants in reverse time order (one window, one sort of the instants). The earliest end among
    /// the less urgent classes is the least of their columns. Each case is then compared with its instant's minimums
    /// through a hash join, so the cases themselves are never sorted: the file is read twice, and only the instants
    /// (no more than the cases, usually far fewer) are sorted and held in memory. A whole-number priority column is
    /// compared as numbers, never turned into text. The window's frame starts at the first row, so every engine keeps
    /// a running minimum (PostgreSQL recomputes a frame that starts after the current row for each row: quadratic).
    /// </remarks>
    public Loaded<CaseSummary<IReadOnlyList<OvertakingCount>>> OvertakingCounts(CaseMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<InputProblem>();
        IReadOnlyDictionary<string, int> ranks = new Dictionary<string, int>();
        var (wholeNumbers, numberColumn) = (false, false);
        if (mapping.Priority is not null && Column(mapping.Priority, "priority").Value is { } priority)
        {
            var classes = PriorityClasses(priority);
            if (classes.Value is not { } found)
            {
                return Loaded<CaseSummary<IReadOnlyList<OvertakingCount>>>.Failed(classes.Problems);
            }

            if (found.Count > MaxPriorityClasses)
            {
                problems.Add(new InputProblem(Source, 0, "priority", string.Create(CultureInfo.InvariantCulture,
                    $"the column '{priority.Name}' holds more than {MaxPriorityClasses} different values; overtaking is compared between at most {MaxPriorityClasses} priority classes (e.g. triage categories 1 to 5): check that this is the priority column")));
            }
            else
            {
                ranks = Urgency(found);
            }

            // A whole-number column's classes are the texts of its numbers: compared as numbers, they need no text.
            numberColumn = !priority.IsText && priority.IsWholeNumber;
            wholeNumbers = numberColumn && found.All(IsIntegerText);
        }

        var classNames = ranks.Keys.Order(StringComparer.Ordinal).ToList();
        var values = wholeNumbers ? [] : classNames.Select((c, i) => ($"c{i}", (object?)c)).ToDictionary(p => p.Item1, p => p.Item2);
        return Summarise(mapping, new PlanNeeds(End: true, Category: false, Arrival: true, Priority: true), problems, values, (plan, select) =>
        {
            var d = _dialect;
            // Classes travel as their index in classNames (-1 for blank): integers compare far cheaper than text, and
            // the text comes back from the index at the end. Column i of an instant is class i; b is blank.
            var ids = Enumerable.Range(0, classNames.Count).ToList();
            var classId = classNames.Count == 0
                ? "CAST(-1 AS INTEGER)"
                : $"CASE {(wholeNumbers ? "pri_raw" : d.TrimSpaces(numberColumn ? d.AsText("pri_raw") : "pri_raw"))} {string.Concat(ids.Select(i => $"WHEN {(wholeNumbers ? classNames[i] : d.Placeholder($"c{i}"))} THEN {i} "))}ELSE -1 END";
            var columns = ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).Append("b").ToList();
            // The less urgent classes of each class that has any; a case of the least urgent classes has none, and
            // its CASE gives NULL (a constant NULL column instead makes DuckDB hold far more: 960 MB, not 230 MB).
            var lowers = ids.Select(i => (i, Less: ids.Where(j => ranks[classNames[j]] > ranks[classNames[i]]).Select(j => $"s{j}").ToList()))
                .Where(l => l.Less.Count > 0).ToDictionary(l => l.i, l => $"least({string.Join(", ", l.Less)})");
            string ByClass(IEnumerable<int> classes, Func<int, string> column, string? blank) =>
                $"CASE c.ci {string.Concat(classes.Select(i => $"WHEN {i} THEN {column(i)} "))}{(blank is null ? string.Empty : $"ELSE {blank} ")}END";
            // Cases are counted by day (the microseconds at its midnight, also before 1970) and the few days turned
            // into periods after: the period of each case would cost more than counting it.
            const string day = "86400000000";
            var sql = $"""
                {plan.Cte},
                cases AS NOT MATERIALIZED (
                  SELECT status, met, a_us AS a, e_us AS e, {classId} AS ci FROM classified),
                instants AS (
                  SELECT a, {string.Join(", ", columns.Select(c => $"min(e) FILTER (WHERE ci = {(c == "b" ? "-1" : c)}) AS e{c}"))}
                  FROM cases WHERE status = 'ok' GROUP BY a),
                runs AS (
                  SELECT a, {string.Join(", ", columns.Select(c => $"min(e{c}) OVER w AS s{c}"))}
                  FROM instants WINDOW w AS (ORDER BY a DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)),
                marks AS (
                  SELECT a, {string.Join(", ", columns.Select(c => $"s{c}").Concat(lowers.Select(l => $"{l.Value} AS l{l.Key}")))} FROM runs),
                judged AS (
                  SELECT c.status, c.met, c.a, c.ci,
                         {ByClass(ids, i => $"m.s{i}", "m.sb")} < c.e AS same,
                         {(lowers.Count == 0 ? "CAST(NULL AS BOOLEAN)" : $"{ByClass(lowers.Keys, i => $"m.l{i}", null)} < c.e")} AS lower
                  FROM cases AS c LEFT JOIN marks AS m ON m.a = c.a),
                days AS (
                  SELECT status, count(*) AS n, CASE WHEN status = 'ok' THEN a - ((a % {day}) + {day}) % {day} END AS day, ci,
                         count(*) FILTER (WHERE same) AS n_same, count(*) FILTER (WHERE lower) AS n_lower,
                         count(*) FILTER (WHERE NOT met) AS n_breached, count(*) FILTER (WHERE NOT met AND same) AS n_breached_same
                  FROM judged GROUP BY 1, 3, 4)
                SELECT status, CAST(sum(n) AS BIGINT) AS n, {d.PeriodStart(d.TimestampFromMicros("day"), mapping.Period)} AS p, ci,
                       CAST(sum(n_same) AS BIGINT), CAST(sum(n_lower) AS BIGINT), CAST(sum(n_breached) AS BIGINT), CAST(sum(n_breached_same) AS BIGINT)
                FROM days GROUP BY 1, 3, 4
                """;
            var counts = new List<OvertakingCount>();
            var statuses = select(sql, reader => counts.Add(new OvertakingCount(
                reader.GetFieldValue<DateOnly>(2), reader.GetInt32(3) is var ci and >= 0 ? classNames[ci] : string.Empty, reader.GetInt64(1), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7))));
            var ordered = counts
                .OrderBy(c => c.PeriodStart)
                .ThenBy(c => ranks.TryGetValue(c.Priority, out var r) ? r : int.MaxValue)
                .ThenBy(c => c.Priority, StringComparer.Ordinal)
                .ToList();
            return ((IReadOnlyList<OvertakingCount>)ordered, statuses);
        });
    }

    /// <summary>
    /// The urgency rank of each class, 0 the most urgent: by number when every class reads as one (equal numbers share
    /// a rank), else by text in code point order.
    /// </summary>
    internal static IReadOnlyDictionary<string, int> Urgency(IReadOnlyList<string> classes)
    {
        var numbers = classes.Select(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : (double?)null).ToList();
        if (numbers.All(n => n is not null))
        {
            var distinct = numbers.Select(n => n!.Value).Distinct().Order().ToList();
            return classes.Select((c, i) => (c, distinct.IndexOf(numbers[i]!.Value))).ToDictionary(p => p.c, p => p.Item2, StringComparer.Ordinal);
        }

        return classes.Order(StringComparer.Ordinal).Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
    }

    private static bool IsIntegerText(string text) =>
        System.Numerics.BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
        && n.ToString(CultureInfo.InvariantCulture) == text;

    /// <summary>The distinct non-blank priority classes, trimmed; at most one more than <see cref="MaxPriorityClasses"/>.</summary>
    private Loaded<IReadOnlyList<string>> PriorityClasses(CaseColumn column)
    {
        var quoted = _dialect.QuoteIdentifier(column.Name);
        var text = _dialect.AsText(quoted);
        // Whole numbers are never blank and their texts differ exactly when they do: only the distinct few are turned
        // into text.
        var sql = !column.IsText && column.IsWholeNumber
            ? $"""
              SELECT {_dialect.AsText("c")} FROM (
                SELECT DISTINCT {quoted} AS c FROM {_from} WHERE {quoted} IS NOT NULL LIMIT {MaxPriorityClasses + 1}) AS d
              """
            : $"""
              SELECT DISTINCT trim({text}) AS c FROM {_from}
              WHERE {text} IS NOT NULL AND trim({text}) <> '' LIMIT {MaxPriorityClasses + 1}
              """;
        try
        {
            using var command = Command(sql, new Dictionary<string, object?>());
            using var reader = command.ExecuteReader();
            var classes = new List<string>();
            while (reader.Read())
            {
                classes.Add(reader.GetString(0));
            }

            return Loaded<IReadOnlyList<string>>.Ok(classes);
        }
        catch (System.Data.Common.DbException e)
        {
            return Loaded<IReadOnlyList<string>>.Failed([new InputProblem(Source, 0, "priority", $"the file cannot be read: {FirstLine(e.Message)}")]);
        }
    }
}
