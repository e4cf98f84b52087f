namespace Goodhart.Findings;

/// <summary>One bar of a <see cref="HistogramChart"/>.</summary>
/// <param name="Value">The bar's value on the x axis (a whole duration).</param>
/// <param name="Count">The observed count.</param>
/// <param name="Expected">The count expected without the pattern (the counterfactual), or <c>null</c> where none was fitted.</param>
public readonly record struct HistogramBar(double Value, double Count, double? Expected);
