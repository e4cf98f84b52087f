using System.Globalization;

namespace Goodhart.Spc;

/// <summary>
/// Everything that decides how a series is charted. Compatibility presets (<see cref="SpcPresets"/>) are
/// values of this record; a face fills in the user's direction, target, baseline and phases with <c>with</c>.
/// </summary>
/// <param name="Chart">The chart kind.</param>
/// <param name="Rules">The rules, or <c>null</c> for the chart's default (<see cref="SpcRuleOptions.DefaultFor"/>).</param>
/// <param name="Direction">Which way is improvement.</param>
/// <param name="Target">The target for the assurance verdict, or <c>null</c>.</param>
/// <param name="Baseline">
/// Fix the limits of each phase on its first this-many periods (at least 12; periods with a missing value
/// count as periods), or <c>null</c> to use every point of the phase.
/// </param>
/// <param name="PhaseStarts">0-based indexes of the points that start a new phase (a rebase); each phase gets its own limits.</param>
/// <param name="ScreenMovingRanges">
/// Screen out moving ranges at or above 3.267 × the mean moving range once and re-estimate the mean (Nelson
/// 1982; NHSRplotthedots, PowerBI-SPC and attached qicharts2 do); <c>false</c> reproduces the Making Data Count
/// Excel tool. Applies to I and mR charts and to the z-scores of P′ and U′ charts.
/// </param>
/// <param name="E2">
/// The multiple of the mean moving range that puts the 3-sigma limits (sigma = mean moving range × E2 / 3), or
/// <c>null</c> for 3 / 1.128 = 2.6596 (d₂ = 1.128 for ranges of two). NHSRplotthedots uses the rounded 2.66.
/// Applies to I charts and to the z-scores of P′ and U′ charts.
/// </param>
/// <param name="MinimumPhasePoints">A phase with fewer values than this is flagged as having trial limits (13 by default).</param>
/// <param name="FalseAlarmReplicates">Replicates for the false-alarm simulation; 0 skips it.</param>
/// <param name="FalseAlarmSeed">The seed of the false-alarm simulation, so the same input always gives the same figure.</param>
/// <param name="Compat">The tool whose choices these options reproduce (see <see cref="SpcPresets"/>), for the record.</param>
public sealed record SpcOptions(
    ChartKind Chart = ChartKind.Individuals,
    SpcRuleOptions? Rules = null,
    ImprovementDirection Direction = ImprovementDirection.Neutral,
    double? Target = null,
    int? Baseline = null,
    IReadOnlyList<int>? PhaseStarts = null,
    bool ScreenMovingRanges = true,
    double? E2 = null,
    int MinimumPhasePoints = 13,
    int FalseAlarmReplicates = SpcOptions.DefaultReplicates,
    int FalseAlarmSeed = SpcOptions.DefaultSeed,
    SpcCompat Compat = SpcCompat.None)
{
    /// <summary>The default number of false-alarm replicates.</summary>
    public const int DefaultReplicates = 10_000;

    /// <summary>The default false-alarm seed.</summary>
    public const int DefaultSeed = 20231101;

    /// <summary>The shortest baseline allowed.</summary>
    public const int MinimumBaseline = 12;

    /// <summary>The rules that apply on this chart: <see cref="Rules"/> or the chart's default, restricted to what the chart supports.</summary>
    public SpcRuleOptions EffectiveRules => (Rules ?? SpcRuleOptions.DefaultFor(Chart)).EffectiveFor(Chart);

    /// <summary>Every problem with these options for a series of <paramref name="count"/> points.</summary>
    /// <param name="count">The number of points in the series.</param>
    public IReadOnlyList<SpcMessage> Validate(int count)
    {
        var problems = new List<SpcMessage>();
        if (Baseline is { } b && b < MinimumBaseline)
        {
            problems.Add(new SpcMessage("baseline-too-short", null,
                string.Create(CultureInfo.InvariantCulture, $"A baseline needs at least {MinimumBaseline} points; {b} were asked for.")));
        }

        var previous = 0;
        foreach (var start in PhaseStarts ?? [])
        {
            if (start <= previous || start >= count)
            {
                problems.Add(new SpcMessage("bad-phase-start", null,
                    string.Create(CultureInfo.InvariantCulture,
                        $"A phase must start after the previous one and inside the series (1 to {count - 1}); {start} is not.")));
            }

            previous = Math.Max(previous, start);
        }

        var rules = Rules ?? SpcRuleOptions.DefaultFor(Chart);
        if (rules.Shift is 1 or < 0)
        {
            problems.Add(new SpcMessage("bad-rule-length", null, "A shift must be 0 (off) or at least 2 points long."));
        }

        if (rules.Trend is 1 or 2 or < 0)
        {
            problems.Add(new SpcMessage("bad-rule-length", null, "A trend must be 0 (off) or at least 3 points long."));
        }

        if (E2 is { } e && !(e > 0 && double.IsFinite(e)))
        {
            problems.Add(new SpcMessage("bad-constant", null, "E2 must be a positive number."));
        }

        if (Compat == SpcCompat.NhsrPlotTheDots && Chart != ChartKind.Individuals)
        {
            problems.Add(new SpcMessage("compat-chart", null, "NHSRplotthedots draws XmR charts only: use the i chart with this preset."));
        }

        if (FalseAlarmReplicates < 0)
        {
            problems.Add(new SpcMessage("bad-replicates", null, "The number of false-alarm replicates cannot be negative."));
        }

        return problems;
    }
}
