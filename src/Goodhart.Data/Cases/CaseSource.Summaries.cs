using System.Data.Common;
using System.Globalization;
using Goodhart.Detection.Summaries;
using Goodhart.Input;

namespace Goodhart.Data.Cases;

/// <content>The summary queries: each is one SQL statement that classifies every case and counts what the detectors need.</content>
public sealed partial class CaseSource
{
    private const int ExampleCount = 3;

    /// <summary>
    /// How many cases took each whole number of units: floor(duration) counted per value. Cases with a missing or
    /// unreadable time, ending before they start, with a negative duration or one above the cap are left out and
    /// counted by reason.
    /// </summary>
    /// <param name="mapping">The columns and the target.</param>
    /// <returns>The histogram, or the problems (unknown columns, an incomplete mapping, no case left to count).</returns>
    public Loaded<CaseSummary<DurationHistogram>> DurationHistogram(CaseMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return Summarise(mapping, needEnd: false, needCategory: false, (plan, select) =>
        {
            var sql = $"""
                {plan.Cte}
                SELECT status, count(*) AS n, CASE WHEN status = 'ok' THEN {_dialect.FloorToInteger("dur")} END AS k
                FROM classified GROUP BY 1, 3 ORDER BY 1, 3
                """;
            var counts = new List<DurationCount>();
            var statuses = select(sql, reader => counts.Add(new DurationCount(reader.GetInt64(2), reader.GetInt64(1))));
            return (new DurationHistogram(mapping.UnitName, counts, statuses.Total), statuses);
        });
    }

    /// <summary>
    /// Cases counted by the reporting period of their end time and the day of that period they ended on, split into
    /// those that met the target and those that did not (the storing-up detector's input). The same cases are left
    /// out as for <see cref="DurationHistogram(CaseMapping)"/>, and cases without an end time.
    /// </summary>
    /// <param name="mapping">The columns (an end time is needed) and the target.</param>
    public Loaded<CaseSummary<IReadOnlyList<PeriodDayCount>>> PeriodDayCounts(CaseMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return Summarise(mapping, needEnd: true, needCategory: false, (plan, select) =>
        {
            var d = _dialect;
            // Counted by day first: the period of each of the few days costs less than the period of every case.
            var period = d.PeriodStart("CAST(d AS TIMESTAMP)", mapping.Period);
            var sql = $"""
                {plan.Cte},
                days AS (
                  SELECT status, CASE WHEN status = 'ok' THEN {d.DateOf("e_ts")} END AS d, count(*) AS n,
                         count(*) FILTER (WHERE met) AS n_met, count(*) FILTER (WHERE NOT met) AS n_breached
                  FROM classified GROUP BY 1, 2),
                periods AS (
                  SELECT status, d, n, n_met, n_breached, {period} AS p FROM days)
                SELECT status, n, p,
                       {d.DaysBetween("p", "d")} + 1 AS day,
                       {d.DaysBetween("p", d.NextPeriodStart("p", mapping.Period))} AS len,
                       n_met, n_breached
                FROM periods ORDER BY p, d
                """;
            var counts = new List<PeriodDayCount>();
            var statuses = select(sql, reader => counts.Add(new PeriodDayCount(
                reader.GetFieldValue<DateOnly>(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt64(5), reader.GetInt64(6))));
            return ((IReadOnlyList<PeriodDayCount>)counts, statuses);
        });
    }

    /// <summary>
    /// Cases counted by the reporting period of their end time and their category, split into those that met the
    /// target and those that did not (the reclassification detector's input). A blank category is counted as the empty
    /// string.
    /// </summary>
    /// <param name="mapping">The columns (an end time and a category are needed) and the target.</param>
    public Loaded<CaseSummary<IReadOnlyList<PeriodCategoryCount>>> PeriodCategoryCounts(CaseMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return Summarise(mapping, needEnd: true, needCategory: true, (plan, select) =>
        {
            var d = _dialect;
            // Counted by day and category as recorded first: the period of each of the few days, and the trimmed text
            // of each of the few categories, cost less than those of every case.
            var sql = $"""
                {plan.Cte},
                days AS (
                  SELECT status, CASE WHEN status = 'ok' THEN {d.DateOf("e_ts")} END AS d, CASE WHEN status = 'ok' THEN cat END AS cat,
                         count(*) AS n, count(*) FILTER (WHERE met) AS n_met, count(*) FILTER (WHERE NOT met) AS n_breached
                  FROM classified GROUP BY 1, 2, 3)
                SELECT status, CAST(sum(n) AS BIGINT) AS n, {d.PeriodStart("CAST(d AS TIMESTAMP)", mapping.Period)} AS p,
                       {d.OrderedText("CASE WHEN status = 'ok' THEN coalesce(trim(cat), '') END")} AS c,
                       CAST(sum(n_met) AS BIGINT) AS n_met, CAST(sum(n_breached) AS BIGINT) AS n_breached
                FROM days GROUP BY 1, 3, 4 ORDER BY 3, 4
                """;
            var counts = new List<PeriodCategoryCount>();
            var statuses = select(sql, reader => counts.Add(new PeriodCategoryCount(
                reader.GetFieldValue<DateOnly>(2), reader.GetString(3), reader.GetInt64(4), reader.GetInt64(5))));
            return ((IReadOnlyList<PeriodCategoryCount>)counts, statuses);
        });
    }

    /// <summary>
    /// Runs a summary query whose rows start with the case status and the number of cases in the row, calls
    /// <c>okRow</c> for the rows of counted cases, and adds up the rest by status.
    /// </summary>
    private delegate StatusCounts Select(string sql, Action<System.Data.Common.DbDataReader> okRow);

    private Loaded<CaseSummary<T>> Summarise<T>(CaseMapping mapping, bool needEnd, bool needCategory, Func<QueryPlan, Select, (T Value, StatusCounts Statuses)> run)
        where T : class =>
        Summarise(mapping, new PlanNeeds(needEnd, needCategory), [], null, run);

    /// <param name="mapping">The columns and the target.</param>
    /// <param name="needs">What the query reads beyond durations.</param>
    /// <param name="problems">Problems the summary found in the mapping itself, reported with the plan's.</param>
    /// <param name="values">Parameters of the summary's own query (not of the common table expression), or <c>null</c>.</param>
    /// <param name="run">The query.</param>
    private Loaded<CaseSummary<T>> Summarise<T>(
        CaseMapping mapping, PlanNeeds needs, IReadOnlyList<InputProblem> problems, IReadOnlyDictionary<string, object?>? values, Func<QueryPlan, Select, (T Value, StatusCounts Statuses)> run)
        where T : class
    {
        var planned = Plan(mapping, needs);
        if (planned.Value is not { } plan || problems.Count > 0)
        {
            return Loaded<CaseSummary<T>>.Failed([.. problems, .. planned.Problems]);
        }

        try
        {
            var (value, statuses) = run(plan, (sql, okRow) =>
            {
                var statuses = new StatusCounts();
                using var command = Command(sql, values is null ? plan.Parameters : plan.Parameters.Concat(values).ToDictionary());
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var status = reader.GetString(0);
                    if (status == "ok")
                    {
                        okRow(reader);
                    }

                    statuses.Add(status, reader.GetInt64(1));
                }

                return statuses;
            });

            var examples = statuses.Unparseable > 0 ? Examples(plan) : [];
            var excluded = new CaseExclusions(statuses.Missing, statuses.Unparseable, statuses.EndBeforeStart, statuses.Negative, statuses.AboveCap, examples);
            var warnings = Warnings(mapping, excluded);
            if (statuses.Ok == 0 && excluded.Total > 0)
            {
                return Loaded<CaseSummary<T>>.Failed([.. warnings.Select(w => new InputProblem(Source, 0, string.Empty, w)),
                    new InputProblem(Source, 0, string.Empty, $"none of the {excluded.Total} cases could be counted")]);
            }

            return Loaded<CaseSummary<T>>.Ok(new CaseSummary<T>(value, statuses.Ok, excluded, warnings));
        }
        catch (DbException e)
        {
            // strptime rejects a bad format as an error, not a NULL: say it is the format, not the file.
            var problem = mapping.TimestampFormat is { } format && e.Message.Contains(format, StringComparison.Ordinal)
                ? new InputProblem(Source, 0, string.Empty, $"the timestamp format '{format}' is not valid ({FirstLine(e.Message)}); use strftime codes such as %d/%m/%Y %H:%M")
                : new InputProblem(Source, 0, string.Empty, $"the file cannot be read: {FirstLine(e.Message)}");
            return Loaded<CaseSummary<T>>.Failed([problem]);
        }
    }

    private IReadOnlyList<string> Examples(QueryPlan plan)
    {
        using var command = Command($"{plan.Cte} SELECT bad FROM classified WHERE status = 'unparseable' LIMIT {ExampleCount}", plan.Parameters);
        using var reader = command.ExecuteReader();
        var examples = new List<string>();
        while (reader.Read())
        {
            examples.Add(reader.IsDBNull(0) ? string.Empty : reader.GetString(0));
        }

        return examples;
    }

    private List<string> Warnings(CaseMapping mapping, CaseExclusions excluded)
    {
        var warnings = new List<string>();
        if (excluded.Unparseable > 0)
        {
            var what = mapping.Duration is not null && mapping.End is null ? "a duration that is not a number" : "a time (or duration) that cannot be read";
            var shown = string.Join(", ", excluded.UnparseableExamples.Select(e => $"'{e}'"));
            var hint = mapping.TimestampFormat is null
                ? "times are read as ISO 8601 (2026-03-01 14:05:00); give the timestamp format for others, e.g. %d/%m/%Y %H:%M"
                : $"the timestamp format given is '{mapping.TimestampFormat}'; check it against these values";
            warnings.Add(Plural(excluded.Unparseable, "case has", "cases have") + $" {what}, e.g. {shown}; they were left out ({hint})");
        }

        if (excluded.Missing > 0)
        {
            warnings.Add(Plural(excluded.Missing, "case has", "cases have") + " no time or duration recorded; they were left out");
        }

        if (excluded.EndBeforeStart > 0)
        {
            warnings.Add(Plural(excluded.EndBeforeStart, "case ends", "cases end") + " before it starts; they were left out");
        }

        if (excluded.Negative > 0)
        {
            warnings.Add(Plural(excluded.Negative, "case has", "cases have") + " a negative duration; they were left out");
        }

        if (excluded.AboveCap > 0)
        {
            warnings.Add(Plural(excluded.AboveCap, "case takes", "cases take") + string.Create(CultureInfo.InvariantCulture,
                $" more than {mapping.EffectiveCap:0.###} {mapping.UnitName} (the cap for absurd durations); they were left out"));
        }

        return warnings;
    }

    private static string Plural(long count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");

    private sealed class StatusCounts
    {
        public long Ok { get; private set; }

        public long Missing { get; private set; }

        public long Unparseable { get; private set; }

        public long EndBeforeStart { get; private set; }

        public long Negative { get; private set; }

        public long AboveCap { get; private set; }

        public long Total => Missing + Unparseable + EndBeforeStart + Negative + AboveCap;

        public void Add(string status, long count)
        {
            switch (status)
            {
                case "ok": Ok += count; break;
                case "missing": Missing += count; break;
                case "unparseable": Unparseable += count; break;
                case "end_before_start": EndBeforeStart += count; break;
                case "negative": Negative += count; break;
                default: AboveCap += count; break;
            }
        }
    }
}
