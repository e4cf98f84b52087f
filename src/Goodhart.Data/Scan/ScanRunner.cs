using System.Globalization;
using Goodhart.Data.Cases;
using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Input;
using Goodhart.Scan;

namespace Goodhart.Data.Scan;

/// <summary>
/// Runs the gaming scan on a case log: each summary the detectors need computed where the data lives (one query each),
/// then <see cref="GamingScan.Run"/>. A summary whose columns are not mapped is skipped, and its findings say which
/// options would supply them; a mapping that cannot be used stops the scan with the problems.
/// </summary>
public static class ScanRunner
{
    /// <summary>The steps of a scan, in the order they run.</summary>
    public static IReadOnlyList<string> Stages { get; } =
    [
        "Counting cases by duration",
        "Counting completions by day of the period",
        "Counting cases by period and category",
        "Counting exempt cases by duration",
        "Counting queue overtaking",
        "Counting repeat contacts",
        "Running the detectors",
    ];

    /// <summary>The time target of a mapping in whole units, or the problem when its threshold is not a whole positive number.</summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="source">The name used to locate a problem.</param>
    public static Loaded<ScanOptions> DefaultOptions(CaseMapping mapping, string source)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (!double.IsFinite(mapping.Threshold) || mapping.Threshold < 1 || mapping.Threshold != Math.Floor(mapping.Threshold))
        {
            return Loaded<ScanOptions>.Failed([new InputProblem(source, 0, "threshold", string.Create(CultureInfo.InvariantCulture,
                $"{mapping.Threshold} is not a target the scan can use; expected a whole positive number of {mapping.UnitName}"))]);
        }

        var side = mapping.Comply == Cases.ComplySide.Below ? Detection.ComplySide.Below : Detection.ComplySide.AtOrBelow;
        return Loaded<ScanOptions>.Ok(new ScanOptions(new DurationTarget((long)mapping.Threshold, side)));
    }

    /// <summary>Computes the summaries and runs the scan.</summary>
    /// <param name="source">The open case log.</param>
    /// <param name="mapping">The columns and the target.</param>
    /// <param name="options">The detectors' settings; <c>null</c> for the defaults at the mapping's target.</param>
    /// <param name="progress">Told as each step starts, on the calling thread; <c>null</c> for none.</param>
    /// <returns>The scan's result, or every problem with the mapping (unknown columns, unreadable file, no case to count).</returns>
    public static Loaded<ScanResult> Run(CaseSource source, CaseMapping mapping, ScanOptions? options = null, IProgress<ScanStage>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(mapping);
        if (options is null)
        {
            var defaults = DefaultOptions(mapping, source.Source);
            if (defaults.Value is not { } made)
            {
                return Loaded<ScanResult>.Failed(defaults.Problems);
            }

            options = made;
        }

        var columns = CheckColumns(source, mapping);
        if (columns.Count > 0)
        {
            return Loaded<ScanResult>.Failed(columns);
        }

        var step = 0;
        void Next() => progress?.Report(new ScanStage(Stages[step], step++, Stages.Count));

        Next();
        var histogram = source.DurationHistogram(mapping);
        if (histogram.Value is not { } counted)
        {
            return Loaded<ScanResult>.Failed(histogram.Problems);
        }

        if (counted.Counted == 0)
        {
            return Loaded<ScanResult>.Failed([new InputProblem(source.Source, 0, string.Empty, "there are no cases to count: the table has a header but no rows")]);
        }

        var warnings = new List<string>(counted.Warnings);
        var problems = new List<InputProblem>();
        var excluded = new Dictionary<string, long>();
        ScanPart<T> Keep<T>(Loaded<CaseSummary<T>> loaded, string? code = null)
            where T : class
        {
            if (loaded.Value is { } summary)
            {
                warnings.AddRange(summary.Warnings);
                if (code is not null)
                {
                    excluded[code] = summary.Excluded.Total;
                }

                return ScanPart<T>.Of(summary.Value);
            }

            problems.AddRange(loaded.Problems);
            return ScanPart<T>.Missing("The summary could not be computed.");
        }

        Next();
        var days = mapping.End is null
            ? ScanPart<IReadOnlyList<PeriodDayCount>>.Missing("Not run: needs --end, the completion time, to count cases by day of the reporting period.")
            : Keep(source.PeriodDayCounts(mapping));
        Next();
        var categories = ReclassificationReason(mapping) is { } reason
            ? ScanPart<IReadOnlyList<PeriodCategoryCount>>.Missing(reason)
            : Keep(source.PeriodCategoryCounts(mapping));
        Next();
        var exempt = ReclassificationReason(mapping) is { } exemptReason
            ? ScanPart<IReadOnlyList<DurationExemptCount>>.Missing(exemptReason)
            : Keep(source.DurationExemptCounts(mapping), ScanCodes.Reclassification);
        Next();
        var overtaking = mapping.Priority is null
            ? ScanPart<IReadOnlyList<OvertakingCount>>.Missing("Not run: needs --priority, the column with each case's priority class (--arrival, when cases join the queue, is optional).")
            : Keep(source.OvertakingCounts(mapping), ScanCodes.CherryPicking);
        Next();
        var repeats = mapping.Person is null
            ? ScanPart<IReadOnlyList<RepeatContactCount>>.Missing("Not run: needs --person, the column identifying the person, to find repeat contacts (--repeat-window sets how soon, default 7d).")
            : Keep(source.RepeatContactCounts(mapping), ScanCodes.Rework);
        if (problems.Count > 0)
        {
            return Loaded<ScanResult>.Failed(problems);
        }

        Next();
        var input = new ScanInput(ScanPart<DurationHistogram>.Of(counted.Value), days, categories, exempt, overtaking, repeats)
        {
            Exempt = mapping.Exempt,
            Counted = counted.Counted,
            Excluded = counted.Excluded.Total,
            Warnings = warnings.Distinct().ToList(),
        };
        long Excluded(string code) => excluded.GetValueOrDefault(code);
        options = options with
        {
            Reclassification = options.Reclassification with { Excluded = Excluded(ScanCodes.Reclassification), Unit = mapping.UnitName },
            CherryPicking = options.CherryPicking with { Excluded = Excluded(ScanCodes.CherryPicking) },
            Rework = options.Rework with { Excluded = Excluded(ScanCodes.Rework), Unit = mapping.UnitName },
        };
        var result = GamingScan.Run(input, options);
        return Loaded<ScanResult>.Ok(result, result.Warnings);
    }

    private static string? ReclassificationReason(CaseMapping mapping) => (mapping.Category, mapping.Exempt.Count, mapping.End) switch
    {
        (null, _, _) or (_, 0, _) => "Not run: needs --category and --exempt, the column of categories and the ones exempt from the target.",
        (_, _, null) => "Not run: needs --end, the completion time, to count cases by reporting period.",
        _ => null,
    };

    /// <summary>
    /// The optional columns checked up front, so a misspelt one is reported before any counting, with the columns the
    /// file has (the summaries check their own columns when they run).
    /// </summary>
    private static List<InputProblem> CheckColumns(CaseSource source, CaseMapping mapping)
    {
        var problems = new List<InputProblem>();
        foreach (var (name, role) in new[] { (mapping.Category, "category"), (mapping.Priority, "priority"), (mapping.Person, "person"), (mapping.Arrival, "arrival") })
        {
            if (name is not null)
            {
                problems.AddRange(source.Column(name, role).Problems);
            }
        }

        return problems;
    }
}
