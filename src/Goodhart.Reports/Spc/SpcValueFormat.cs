namespace Goodhart.Reports.Spc;

/// <summary>How the values of a chart are written on its axis and in tables.</summary>
public enum SpcValueFormat
{
    /// <summary>Percent for P and P′ charts, plain numbers otherwise.</summary>
    Auto,

    /// <summary>Plain numbers, up to three decimals.</summary>
    Number,

    /// <summary>Proportions written as percentages (0.923 as 92.3%).</summary>
    Percent,
}
