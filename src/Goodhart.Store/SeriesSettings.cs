using Goodhart.Spc;

namespace Goodhart.Store;

/// <summary>How a measure's series is charted when the user chose something other than the defaults.</summary>
public sealed class SeriesSettings
{
    /// <summary>The measure the settings belong to; a measure has at most one row.</summary>
    public Guid MeasureId { get; set; }

    /// <summary>The kind of chart.</summary>
    public ChartKind Chart { get; set; } = ChartKind.Individuals;

    /// <summary>Fix the limits on the first this-many periods of each phase, or <c>null</c> to use every point.</summary>
    public int? Baseline { get; set; }

    /// <summary>The dates that start a new phase, as <c>yyyy-MM-dd</c> separated by spaces; empty for one phase.</summary>
    public string PhaseStarts { get; set; } = "";
}
