using System.Globalization;
using Goodhart.Input;

namespace Goodhart.Data.Cases;

/// <content>
/// The common table expression every summary starts from: each case classified once as <c>ok</c>, <c>missing</c>,
/// <c>unparseable</c>, <c>end_before_start</c>, <c>negative</c> or <c>above_cap</c>, with its duration in units and
/// whether it met the target.
/// </content>
public sealed partial class CaseSource
{
    private Loaded<QueryPlan> Plan(CaseMapping mapping, bool needEnd, bool needCategory) =>
        Plan(mapping, new PlanNeeds(needEnd, needCategory));

    private Loaded<QueryPlan> Plan(CaseMapping mapping, PlanNeeds needs)
    {
        var (needEnd, needCategory) = (needs.End || needs.Arrival, needs.Category);
        var problems = new List<InputProblem>();
        void Problem(string field, string message) => problems.Add(new InputProblem(Source, 0, field, message));

        if (!double.IsFinite(mapping.Threshold) || mapping.Threshold <= 0)
        {
            Problem("threshold", string.Create(CultureInfo.InvariantCulture, $"{mapping.Threshold} is not a target; expected a positive number of {mapping.UnitName}"));
        }
        else if (!double.IsFinite(mapping.EffectiveCap) || mapping.EffectiveCap <= 0)
        {
            Problem("cap", "expected a positive number");
        }

        var timed = mapping.Start is not null || mapping.Duration is null;
        if (mapping.Duration is not null && mapping.Start is not null)
        {
            Problem("duration", "give either a start and an end column or a duration column, not both");
        }
        else if (timed && (mapping.Start is null || mapping.End is null))
        {
            Problem(mapping.Start is null ? "start" : "end", "durations need both a start and an end column, or a duration column");
        }
        else if (needEnd && mapping.End is null)
        {
            Problem("end", needs.Arrival
                ? "queue order needs the end (completion) time column: a case leaves the queue when it ends"
                : "counts by period need the end (completion) time column");
        }

        if (needCategory && mapping.Category is null)
        {
            Problem("category", "counts by category need the category column");
        }

        if (needs.Person && mapping.Person is null)
        {
            Problem("person", "repeat contacts need the column identifying the person (patient, caller, customer)");
        }

        if (needs.Priority && mapping.Priority is null)
        {
            Problem("priority", "overtaking is counted within priority classes: give the priority (e.g. triage category) column");
        }

        CaseColumn? Resolve(string? name, string role)
        {
            if (name is null)
            {
                return null;
            }

            var found = Column(name, role);
            problems.AddRange(found.Problems);
            return found.Value;
        }

        var start = Resolve(mapping.Start, "start");
        var end = Resolve(mapping.End, "end");
        var duration = Resolve(mapping.Duration, "duration");
        var category = needCategory ? Resolve(mapping.Category, "category") : null;
        var arrival = needs.Arrival ? Resolve(mapping.Arrival, "arrival") : null;
        var person = needs.Person ? Resolve(mapping.Person, "person") : null;
        var priority = needs.Priority ? Resolve(mapping.Priority, "priority") : null;
        if (problems.Count > 0)
        {
            return Loaded<QueryPlan>.Failed(problems);
        }

        var parameters = new Dictionary<string, object?>
        {
            ["threshold"] = mapping.Threshold,
            ["cap"] = mapping.EffectiveCap,
        };
        var format = mapping.TimestampFormat is not null && new[] { start, end, arrival }.Any(c => c is { IsText: true }) && (timed || needEnd)
            ? _dialect.Placeholder("fmt")
            : null;
        if (format is not null)
        {
            if (_dialect.FormatArgument(mapping.TimestampFormat!) is { } argument)
            {
                parameters["fmt"] = argument;
            }
            else
            {
                return Loaded<QueryPlan>.Failed([new InputProblem(Source, 0, "timestamp format",
                    $"the timestamp format '{mapping.TimestampFormat}' cannot be read by this database; use the codes %Y %y %m %d %H %I %M %S %f %p %b %B %j")]);
            }
        }

        var d = _dialect;
        // Typed columns (TIMESTAMP, DOUBLE in Parquet or PostgreSQL) stay typed: only text can be blank or unreadable,
        // and casting every typed value to text just to test it would cost more than the rest of the query.
        var typed = new HashSet<string>(StringComparer.Ordinal);
        string Raw(CaseColumn column, string alias)
        {
            if (!column.IsText)
            {
                typed.Add(alias);
                return d.QuoteIdentifier(column.Name);
            }

            return d.AsText(d.QuoteIdentifier(column.Name));
        }

        string Blank(string raw) => typed.Contains(raw) ? $"({raw} IS NULL)" : $"({raw} IS NULL OR trim({raw}) = '')";
        string Text(string raw) => typed.Contains(raw) ? d.AsText(raw) : raw;
        string Timestamp(CaseColumn column) => d.TryTimestamp(d.QuoteIdentifier(column.Name), column.IsText, format);

        var columns = new List<string>();
        string missing, unparseable, negative, bad, dur, arrivalMicros;
        var withEnd = timed || needEnd;
        if (withEnd)
        {
            columns.Add($"{Raw(end!, "e_raw")} AS e_raw");
            columns.Add($"{Timestamp(end!)} AS e_ts");
        }

        if (timed)
        {
            columns.Add($"{Raw(start!, "s_raw")} AS s_raw");
            columns.Add($"{Timestamp(start!)} AS s_ts");
            parameters["unit_seconds"] = mapping.UnitSeconds;
            dur = $"{d.SecondsBetween("s_ts", "e_ts")} / {d.Placeholder("unit_seconds")}";
            missing = $"{Blank("s_raw")} OR {Blank("e_raw")}";
            unparseable = "s_ts IS NULL OR e_ts IS NULL";
            negative = "'end_before_start'";
            bad = $"CASE WHEN s_ts IS NULL THEN {Text("s_raw")} ELSE {Text("e_raw")} END";
            arrivalMicros = d.EpochMicros("s_ts");
        }
        else
        {
            var quoted = d.QuoteIdentifier(duration!.Name);
            columns.Add($"{Raw(duration!, "d_raw")} AS d_raw");
            columns.Add($"{d.TryDouble(quoted)} AS d_num");
            dur = "d_num";
            missing = Blank("d_raw") + (withEnd ? $" OR {Blank("e_raw")}" : string.Empty);
            unparseable = "dur IS NULL" + (withEnd ? " OR e_ts IS NULL" : string.Empty);
            negative = "'negative'";
            bad = withEnd ? $"CASE WHEN dur IS NULL THEN {Text("d_raw")} ELSE {Text("e_raw")} END" : Text("d_raw");

            // The queue-join time of a recorded duration is the end less the duration, to the microsecond; only
            // durations that will be counted are converted, so an absurd one cannot overflow the integer.
            if (needs.Arrival)
            {
                parameters["unit_seconds"] = mapping.UnitSeconds;
            }

            arrivalMicros = $"""
                {d.EpochMicros("e_ts")} - CASE WHEN dur >= 0 AND dur <= {d.Placeholder("cap")}
                  THEN CAST(floor(dur * {d.Placeholder("unit_seconds")} * 1000000 + 0.5) AS BIGINT) END
                """;
        }

        if (category is not null)
        {
            columns.Add($"{d.AsText(d.QuoteIdentifier(category.Name))} AS cat");
        }

        if (person is not null)
        {
            columns.Add($"{d.AsText(d.QuoteIdentifier(person.Name))} AS who_raw");
        }

        if (priority is not null)
        {
            // Whole numbers and text compare equal exactly when their texts do, so they stay as they are and only
            // their distinct values are turned into text; any other type (1.0 = 1.00 as numbers) is compared as text.
            var quoted = d.QuoteIdentifier(priority.Name);
            columns.Add($"{(priority.IsText || priority.IsWholeNumber ? quoted : d.AsText(quoted))} AS pri_raw");
        }

        // A recorded queue-join time must be there and readable like the other times, and not after the end: a case
        // cannot leave the queue before it joins it.
        var queued = string.Empty;
        var arrivalStatus = (Missing: string.Empty, Unparseable: string.Empty, AfterEnd: string.Empty);
        if (needs.Arrival)
        {
            if (arrival is not null)
            {
                columns.Add($"{Raw(arrival, "a_raw")} AS a_raw");
                columns.Add($"{Timestamp(arrival)} AS a_ts");
                arrivalMicros = d.EpochMicros("a_ts");
                arrivalStatus = ($" OR {Blank("a_raw")}", " OR a_ts IS NULL", "WHEN a_us > e_us THEN 'end_before_start'");
                bad = $"CASE WHEN a_ts IS NULL AND NOT ({Blank("a_raw")}) THEN {Text("a_raw")} ELSE {bad} END";
            }

            queued = $", {arrivalMicros} AS a_us, {d.EpochMicros("e_ts")} AS e_us";
        }

        var status = $"""
            CASE WHEN {missing}{arrivalStatus.Missing} THEN 'missing'
                 WHEN {unparseable}{arrivalStatus.Unparseable} THEN 'unparseable'
                 WHEN dur < 0 THEN {negative}
                 WHEN dur > {d.Placeholder("cap")} THEN 'above_cap'
                 {arrivalStatus.AfterEnd}
                 ELSE 'ok' END
            """;

        // Never materialized: a summary that reads the cases twice (once to aggregate, once to compare each case with
        // the aggregate) scans the file twice rather than holding every row with all its columns in memory.
        var met = mapping.Comply == ComplySide.AtOrBelow ? "<=" : "<";
        var cte = $"""
            WITH src AS NOT MATERIALIZED (SELECT {string.Join(", ", columns)} FROM {_from}),
            measured AS NOT MATERIALIZED (SELECT *, {dur} AS dur FROM src),
            queued AS NOT MATERIALIZED (SELECT *{queued} FROM measured),
            classified AS NOT MATERIALIZED (
              SELECT *, {status} AS status, {bad} AS bad, (dur {met} {d.Placeholder("threshold")}) AS met
              FROM queued)
            """;
        return Loaded<QueryPlan>.Ok(new QueryPlan(cte, parameters));
    }

    private sealed record QueryPlan(string Cte, IReadOnlyDictionary<string, object?> Parameters);

    /// <summary>
    /// What a summary needs beyond the durations: the end time, the category, the queue-join time (<c>a_us</c> and
    /// <c>e_us</c>, microseconds since 1970), the person (<c>who_raw</c>) and the priority (<c>pri_raw</c>: text, or a whole number as typed).
    /// </summary>
    private readonly record struct PlanNeeds(bool End, bool Category, bool Arrival = false, bool Person = false, bool Priority = false);
}
