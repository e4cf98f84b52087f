namespace Goodhart.Store;

/// <summary>A balancing measure linked to a measure: it shows the harm done when the measure is pushed.</summary>
public sealed class BalancingLink
{
    /// <summary>The measure being balanced.</summary>
    public Guid MeasureId { get; set; }

    /// <summary>The measure that balances it.</summary>
    public Guid BalancingMeasureId { get; set; }

    /// <summary>The measure that balances it, when loaded.</summary>
    public Measure? BalancingMeasure { get; set; }
}
