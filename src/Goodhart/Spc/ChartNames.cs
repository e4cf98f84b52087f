namespace Goodhart.Spc;

/// <summary>Names of the chart kinds, for messages and command lines.</summary>
public static class ChartNames
{
    /// <summary>The chart's name in words, e.g. "P′ chart (Laney)".</summary>
    /// <param name="chart">The chart kind.</param>
    public static string Of(ChartKind chart) => chart switch
    {
        ChartKind.Run => "run chart",
        ChartKind.Individuals => "I chart (XmR)",
        ChartKind.MovingRange => "moving-range chart",
        ChartKind.P => "P chart",
        ChartKind.PPrime => "P′ chart (Laney)",
        ChartKind.U => "U chart",
        ChartKind.UPrime => "U′ chart (Laney)",
        ChartKind.C => "C chart",
        _ => chart.ToString(),
    };

    /// <summary>The chart's id on the command line: run, i, mr, p, pp, u, up, c.</summary>
    /// <param name="chart">The chart kind.</param>
    public static string IdOf(ChartKind chart) => chart switch
    {
        ChartKind.Run => "run",
        ChartKind.Individuals => "i",
        ChartKind.MovingRange => "mr",
        ChartKind.P => "p",
        ChartKind.PPrime => "pp",
        ChartKind.U => "u",
        ChartKind.UPrime => "up",
        ChartKind.C => "c",
        _ => chart.ToString(),
    };

    /// <summary>The chart kind for a command-line id, or <c>null</c>.</summary>
    /// <param name="id">run, i, mr, p, pp, u, up or c (case-insensitive; xmr and p' are accepted too).</param>
    public static ChartKind? Parse(string id) => id.Trim().ToLowerInvariant() switch
    {
        "run" => ChartKind.Run,
        "i" or "xmr" or "individuals" => ChartKind.Individuals,
        "mr" => ChartKind.MovingRange,
        "p" => ChartKind.P,
        "pp" or "p'" or "p′" => ChartKind.PPrime,
        "u" => ChartKind.U,
        "up" or "u'" or "u′" => ChartKind.UPrime,
        "c" => ChartKind.C,
        _ => null,
    };
}
