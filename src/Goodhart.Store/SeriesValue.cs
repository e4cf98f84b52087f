namespace Goodhart.Store;

/// <summary>One period's value of a measure's series, as stored: what its process behaviour chart is drawn from.</summary>
public sealed class SeriesValue
{
    /// <summary>The value's identity, made by the application so both engines agree.</summary>
    public Guid Id { get; set; }

    /// <summary>The measure the value belongs to.</summary>
    public Guid MeasureId { get; set; }

    /// <summary>The period the value is for, by its date; a measure has at most one value per period.</summary>
    public DateOnly Period { get; set; }

    /// <summary>The value, or the numerator when there is a denominator.</summary>
    public double Value { get; set; }

    /// <summary>The denominator (cases, exposure), or <c>null</c> when the value stands alone.</summary>
    public double? Denominator { get; set; }
}
