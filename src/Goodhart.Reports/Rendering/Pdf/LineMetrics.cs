namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>Vertical measures of one line of a <see cref="TextStyle"/>, in points.</summary>
/// <param name="Ascent">Height of the font above the baseline.</param>
/// <param name="Descent">Depth of the font below the baseline.</param>
/// <param name="Height">The line's box: the distance from one line to the next.</param>
/// <param name="Baseline">Distance from the top of the line box to the baseline.</param>
internal readonly record struct LineMetrics(float Ascent, float Descent, float Height, float Baseline);
