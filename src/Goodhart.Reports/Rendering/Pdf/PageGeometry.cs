namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>A4 portrait with 20 mm margins, in points (1/72 inch). The footer sits inside the bottom margin line.</summary>
internal static class PageGeometry
{
    /// <summary>Page width: 210 mm.</summary>
    public const float Width = 595.2756f;

    /// <summary>Page height: 297 mm.</summary>
    public const float Height = 841.8898f;

    /// <summary>Margin on every side: 20 mm.</summary>
    public const float Margin = 56.6929f;

    /// <summary>Room reserved above the bottom margin for the footer rule and line.</summary>
    public const float FooterHeight = 24f;

    /// <summary>Left edge of the text area.</summary>
    public const float Left = Margin;

    /// <summary>Right edge of the text area.</summary>
    public const float Right = Width - Margin;

    /// <summary>Top of the text area.</summary>
    public const float Top = Margin;

    /// <summary>Bottom of the body (the footer lies below it, still inside the margin).</summary>
    public const float BodyBottom = Height - Margin - FooterHeight;

    /// <summary>Bottom margin line: nothing is drawn below it.</summary>
    public const float Bottom = Height - Margin;

    /// <summary>Width of the text area.</summary>
    public const float ContentWidth = Right - Left;

    /// <summary>Height available to the body on one page.</summary>
    public const float BodyHeight = BodyBottom - Top;
}
