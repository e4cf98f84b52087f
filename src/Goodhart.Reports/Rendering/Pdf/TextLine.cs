namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>One laid-out line of text, its spans in visual order.</summary>
/// <param name="Text">The words of the line in logical order, joined by single spaces.</param>
/// <param name="Spans">The shaped spans, left to right.</param>
/// <param name="Width">Width from the left of the first span to the right of the last.</param>
/// <param name="IsRtl">The paragraph reads right to left (the line is aligned right).</param>
/// <param name="EndsInsideWord">The line was cut inside a word too long for a line of its own.</param>
internal sealed record TextLine(string Text, IReadOnlyList<GlyphSpan> Spans, float Width, bool IsRtl, bool EndsInsideWord);
