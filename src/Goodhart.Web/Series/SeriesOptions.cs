using System.Globalization;
using Goodhart.Spc;
using Goodhart.Store;

namespace Goodhart.Web.Series;

/// <summary>
/// The chart options a user can choose on the series page: the chart kind where the library has more than XmR, a
/// baseline (limits fixed on the first periods) and phases (a new centre line and limits from a date of change).
/// </summary>
public static class SeriesOptions
{
    /// <summary>The chart kinds offered, as (kind, words), XmR first.</summary>
    public static IReadOnlyList<(ChartKind Kind, string Label)> Kinds { get; } =
    [
        (ChartKind.Individuals, "XmR chart (individual values and their moving ranges)"),
        (ChartKind.Run, "Run chart (values around their median; runs rules only)"),
        (ChartKind.C, "C chart (counts of events in equal opportunities)"),
        (ChartKind.P, "P chart (proportions: value out of denominator)"),
        (ChartKind.PPrime, "P′ chart (proportions with very large denominators, Laney)"),
        (ChartKind.U, "U chart (rates: value per unit of denominator)"),
        (ChartKind.UPrime, "U′ chart (rates with very large denominators, Laney)"),
    ];

    /// <summary>The stored settings as the form shows them.</summary>
    /// <param name="settings">The settings, or <c>null</c> for the defaults.</param>
    public static SeriesOptionsInput ToInput(SeriesSettings? settings) => new()
    {
        Chart = ChartNames.IdOf(settings?.Chart ?? ChartKind.Individuals),
        Baseline = settings?.Baseline?.ToString(CultureInfo.InvariantCulture) ?? "",
        PhaseStarts = settings?.PhaseStarts ?? "",
    };

    /// <summary>Checks the typed options against the series: the settings, or every problem by field name.</summary>
    /// <param name="input">What was typed.</param>
    /// <param name="points">The series, by period.</param>
    public static (SeriesSettings? Settings, Dictionary<string, string[]> Errors) Validate(SeriesOptionsInput input, IReadOnlyList<SeriesPoint> points)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(points);
        var errors = new Dictionary<string, string[]>();
        var accepted = string.Join(", ", Kinds.Select(k => ChartNames.IdOf(k.Kind)));
        var chartText = input.Chart?.Trim() ?? "";
        var chart = ChartNames.Parse(chartText);
        if (chart is null || Kinds.All(k => k.Kind != chart))
        {
            errors[nameof(SeriesOptionsInput.Chart)] = [$"'{chartText}' is not a chart this page draws; choose one of {accepted}."];
        }
        else if (SpcAnalysis.NeedsDenominators(chart.Value) && !HasDenominators(points))
        {
            errors[nameof(SeriesOptionsInput.Chart)] = [$"A {ChartNames.Of(chart.Value)} divides each value by its denominator, and this series has none. Upload the series with a denominator column, or choose the XmR, run or C chart."];
        }

        int? baseline = null;
        var baselineText = input.Baseline?.Trim() ?? "";
        if (baselineText.Length > 0)
        {
            if (!int.TryParse(baselineText, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
            {
                errors[nameof(SeriesOptionsInput.Baseline)] = [$"'{baselineText}' is not a whole number of periods; leave it empty to work the limits out on every value."];
            }
            else if (b < SpcOptions.MinimumBaseline)
            {
                errors[nameof(SeriesOptionsInput.Baseline)] = [$"A baseline of {b} periods is too short to fix limits on; it needs at least {SpcOptions.MinimumBaseline}."];
            }
            else
            {
                baseline = b;
            }
        }

        var starts = new List<DateOnly>();
        var problems = new List<string>();
        foreach (var word in (input.PhaseStarts ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problems.Add($"'{word}' is not a date; write it as yyyy-mm-dd (e.g. 2026-03-01).");
            }
            else if (points.Count > 0 && date == points[0].Period)
            {
                problems.Add($"{word} is the first period: the first phase starts there anyway; name the period where the process changed.");
            }
            else if (points.All(p => p.Period != date))
            {
                problems.Add($"{word} is not a period of the series; a phase starts at one of its dates.");
            }
            else if (!starts.Contains(date))
            {
                starts.Add(date);
            }
        }

        if (problems.Count > 0)
        {
            errors[nameof(SeriesOptionsInput.PhaseStarts)] = [.. problems];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new SeriesSettings
        {
            Chart = chart!.Value,
            Baseline = baseline,
            PhaseStarts = string.Join(' ', starts.Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        }, errors);
    }

    /// <summary>
    /// The library's options for a measure's series with its stored settings. Settings that no longer fit the series
    /// (a phase date whose value was deleted, a chart that needs denominators the series lost) are left out, each with
    /// a note saying so.
    /// </summary>
    /// <param name="measure">The measure: its direction of good and target.</param>
    /// <param name="points">The series, by period.</param>
    /// <param name="settings">The stored settings, or <c>null</c> for the defaults.</param>
    /// <param name="replicates">Replicates for the false-alarm simulation (0 skips it).</param>
    public static (SpcOptions Options, IReadOnlyList<string> Notes) For(Measure measure, IReadOnlyList<SeriesPoint> points, SeriesSettings? settings, int replicates)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(points);
        var notes = new List<string>();
        var chart = settings?.Chart ?? ChartKind.Individuals;
        if (SpcAnalysis.NeedsDenominators(chart) && !HasDenominators(points))
        {
            notes.Add($"The chart chosen is a {ChartNames.Of(chart)}, which needs denominators this series no longer has; it is drawn as an XmR chart.");
            chart = ChartKind.Individuals;
        }

        var starts = new List<int>();
        foreach (var word in (settings?.PhaseStarts ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var date = DateOnly.ParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var index = points.ToList().FindIndex(p => p.Period == date);
            if (index > 0)
            {
                starts.Add(index);
            }
            else
            {
                notes.Add($"The phase starting {word} is left out: the series has no value for that date any more.");
            }
        }

        var options = new SpcOptions(
            Chart: chart,
            Direction: measure.Direction,
            Target: measure.TargetValue,
            Baseline: settings?.Baseline,
            PhaseStarts: starts.Count > 0 ? starts : null,
            FalseAlarmReplicates: replicates);
        return (options, notes);
    }

    private static bool HasDenominators(IReadOnlyList<SeriesPoint> points) => points.Count > 0 && points.All(p => p.Denominator is not null);
}
