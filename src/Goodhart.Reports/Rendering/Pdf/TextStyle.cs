using SkiaSharp;

namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>How a run of PDF text is set.</summary>
/// <param name="Size">Font size in points.</param>
/// <param name="Color">Text colour.</param>
/// <param name="Bold">Bold face.</param>
/// <param name="Italic">Oblique face.</param>
/// <param name="LineSpacing">Line height as a multiple of the size.</param>
internal readonly record struct TextStyle(float Size, SKColor Color, bool Bold = false, bool Italic = false, float LineSpacing = 1.4f);
