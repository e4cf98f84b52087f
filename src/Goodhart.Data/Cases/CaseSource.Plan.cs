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
    private Loaded<QueryPlan> Plan(CaseMapping mapping, bool needEnd, bool needCategory)
    {
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
            Problem("end", "counts by period need the end (completion) time column");
        }

        if (needCategory && mapping.Category is null)
        {
            Problem("category", "counts by category need the category column");
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
        if (problems.Count > 0)
        {
            return Loaded<QueryPlan>.Failed(problems);
        }

        var parameters = new Dictionary<string, object?>
        {
            ["threshold"] = mapping.Threshold,
            ["cap"] = mapping.EffectiveCap,
        };
        var format = mapping.TimestampFormat is not null && new[] { start, end }.Any(c => c is { IsText: true }) && (timed || needEnd)
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
        string Blank(string raw) => $"({raw} IS NULL OR trim({raw}) = '')";
        string Timestamp(CaseColumn column) => d.TryTimestamp(d.QuoteIdentifier(column.Name), column.IsText, format);

        var columns = new List<string>();
        string status, bad, dur;
        var withEnd = timed || needEnd;
        if (withEnd)
        {
            columns.Add($"{d.AsText(d.QuoteIdentifier(end!.Name))} AS e_raw");
            columns.Add($"{Timestamp(end)} AS e_ts");
        }

        if (timed)
        {
            columns.Add($"{d.AsText(d.QuoteIdentifier(start!.Name))} AS s_raw");
            columns.Add($"{Timestamp(start)} AS s_ts");
            parameters["unit_seconds"] = mapping.UnitSeconds;
            dur = $"{d.SecondsBetween("s_ts", "e_ts")} / {d.Placeholder("unit_seconds")}";
            status = $"""
                CASE WHEN {Blank("s_raw")} OR {Blank("e_raw")} THEN 'missing'
                     WHEN s_ts IS NULL OR e_ts IS NULL THEN 'unparseable'
                     WHEN dur < 0 THEN 'end_before_start'
                     WHEN dur > {d.Placeholder("cap")} THEN 'above_cap'
                     ELSE 'ok' END
                """;
            bad = "CASE WHEN s_ts IS NULL THEN s_raw ELSE e_raw END";
        }
        else
        {
            var quoted = d.QuoteIdentifier(duration!.Name);
            columns.Add($"{d.AsText(quoted)} AS d_raw");
            columns.Add($"{d.TryDouble(quoted)} AS d_num");
            dur = "d_num";
            var endMissing = withEnd ? $" OR {Blank("e_raw")}" : string.Empty;
            var endBad = withEnd ? " OR e_ts IS NULL" : string.Empty;
            status = $"""
                CASE WHEN {Blank("d_raw")}{endMissing} THEN 'missing'
                     WHEN dur IS NULL{endBad} THEN 'unparseable'
                     WHEN dur < 0 THEN 'negative'
                     WHEN dur > {d.Placeholder("cap")} THEN 'above_cap'
                     ELSE 'ok' END
                """;
            bad = withEnd ? "CASE WHEN dur IS NULL THEN d_raw ELSE e_raw END" : "d_raw";
        }

        if (category is not null)
        {
            columns.Add($"{d.AsText(d.QuoteIdentifier(category.Name))} AS cat");
        }

        var met = mapping.Comply == ComplySide.AtOrBelow ? "<=" : "<";
        var cte = $"""
            WITH src AS (SELECT {string.Join(", ", columns)} FROM {_from}),
            measured AS (SELECT *, {dur} AS dur FROM src),
            classified AS (
              SELECT *, {status} AS status, {bad} AS bad, (dur {met} {d.Placeholder("threshold")}) AS met
              FROM measured)
            """;
        return Loaded<QueryPlan>.Ok(new QueryPlan(cte, parameters));
    }

    private sealed record QueryPlan(string Cte, IReadOnlyDictionary<string, object?> Parameters);
}
