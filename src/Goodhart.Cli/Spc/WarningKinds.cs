namespace Goodhart.Cli.Spc;

/// <summary>One line about a kind of warning, for when many series share it.</summary>
internal static class WarningKinds
{
    public static string Describe(string code) => code switch
    {
        "screened-moving-ranges" => "unusually large jumps between neighbouring periods were left out of the limits (screening)",
        "trial-limits" => "limits rest on fewer than 13 values (trial limits)",
        "zero-spread" => "values do not vary, so the limits sit on the centre line",
        "no-limits" => "too few neighbouring values for limits",
        "empty-phase" => "a phase has no values",
        "invalid-point" => "periods left out because their data cannot be charted",
        "duplicate-period" => "a period appears twice",
        "unsorted-period" => "periods out of order",
        "no-assurance" => "no assurance verdict",
        _ => code,
    };
}
