using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Goodhart.StressTest;

namespace Goodhart.Web.StressTests;

/// <summary>
/// The geometry of the profile chart drawn as inline SVG: one horizontal bar per dimension on a 0–100 scale. Only
/// placement is worked out here; the scores come from the core's scorer.
/// </summary>
/// <param name="Bars">The bars, top to bottom.</param>
/// <param name="Height">The drawing's height.</param>
public sealed record ProfileChart(IReadOnlyList<ProfileBar> Bars, int Height)
{
    /// <summary>The drawing's width.</summary>
    public const int Width = 720;

    /// <summary>Where the bars start (the labels sit to their left, room for about 38 characters).</summary>
    public const int BarLeft = 300;

    /// <summary>The width of a bar at 100.</summary>
    public const int BarSpan = 360;

    private const int Row = 32;
    private const int Top = 8;

    /// <summary>Lays out the dimensions of a profile.</summary>
    /// <param name="dimensions">The dimension scores.</param>
    public static ProfileChart Of(IReadOnlyList<DimensionScore> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        var bars = dimensions.Select((d, i) => new ProfileBar(
            d.Title,
            d.Band.ToString().ToLowerInvariant(),
            Top + (i * Row),
            Math.Round(BarSpan * Math.Clamp(d.Score, 0, 100) / 100.0, 1),
            d.Score.ToString("0", CultureInfo.InvariantCulture))).ToList();
        return new ProfileChart(bars, (Top * 2) + (bars.Count * Row) + 16);
    }

    /// <summary>
    /// The chart as SVG markup, every text HTML-encoded. Built here rather than in the page because Razor reserves the
    /// <c>text</c> element that SVG labels need. Colours come from the stylesheet (classes per band), not inline styles.
    /// </summary>
    /// <param name="titleId">The id of the heading that names the chart.</param>
    /// <param name="description">A sentence listing every score, for screen readers.</param>
    public string ToSvg(string titleId, string description)
    {
        var e = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"profile\" role=\"img\" aria-labelledby=\"{e.Encode(titleId)} profile-desc\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"profile-desc\">{e.Encode(description)}</desc>");
        foreach (var mark in new[] { 0, 25, 50, 75, 100 })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{X(mark)}\" x2=\"{X(mark)}\" y1=\"0\" y2=\"{Height - 16}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"scale\" x=\"{X(mark)}\" y=\"{Height - 2}\" text-anchor=\"middle\">{mark}</text>");
        }

        foreach (var bar in Bars)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{BarLeft - 8}\" y=\"{bar.Y + 16}\" text-anchor=\"end\">{e.Encode(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar band-{e.Encode(bar.Band)}\" x=\"{BarLeft}\" y=\"{bar.Y}\" width=\"{bar.Length}\" height=\"22\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{BarLeft + bar.Length + 6}\" y=\"{bar.Y + 16}\">{e.Encode(bar.Score)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The x of a scale mark at <paramref name="value"/> (0–100).</summary>
    /// <param name="value">The score.</param>
    public static double X(int value) => BarLeft + (BarSpan * value / 100.0);
}

/// <summary>One bar of the profile chart.</summary>
/// <param name="Label">The dimension's title.</param>
/// <param name="Band">The band in lower case, used as the bar's style class.</param>
/// <param name="Y">The top of the bar.</param>
/// <param name="Length">The bar's length.</param>
/// <param name="Score">The score as shown.</param>
public sealed record ProfileBar(string Label, string Band, int Y, double Length, string Score);
