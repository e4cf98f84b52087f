using System.Globalization;
using System.Text;
using Goodhart.Reports.Rendering;
using Goodhart.Spc;

namespace Goodhart.Reports.Spc;

/// <summary>
/// Small inline SVG icons for the verdicts, drawn here (not the NHS artwork): a ring in the verdict's colour
/// holding a letter or a sign. Variation: <c>H</c> or <c>L</c> with an arrow for a signal high or low, a flat line
/// for common cause. Assurance: <c>P</c> (pass, blue), <c>F</c> (fail, orange) or a wave (hit and miss, grey).
/// Each icon names itself for screen readers (<c>role="img"</c> with a label and a title).
/// </summary>
public static class SpcIcons
{
    private const string Font = "font-family=\"'DejaVu Sans', Verdana, sans-serif\"";

    /// <summary>The variation icon of a verdict whose last signal points <paramref name="side"/>.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="side">Which way the last point's signal points.</param>
    /// <param name="size">Width and height in CSS pixels.</param>
    public static string Variation(VariationVerdict verdict, SignalSide side, int size = 28)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 8);
        var colour = SpcPalette.Of(verdict);
        var body = new StringBuilder();
        switch (verdict)
        {
            case VariationVerdict.None:
                body.Append("<circle cx=\"16\" cy=\"16\" r=\"13.5\" fill=\"#fff\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/>");
                break;
            case VariationVerdict.CommonCause:
                Ring(body, colour);
                body.Append("<path d=\"M8 16H24\" stroke=\"").Append(colour).Append("\" stroke-width=\"3\" stroke-linecap=\"round\"/>");
                break;
            default:
                Ring(body, colour);
                if (side == SignalSide.None)
                {
                    body.Append("<text x=\"16\" y=\"21.5\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\" ").Append(Font)
                        .Append(" fill=\"").Append(colour).Append("\">!</text>");
                    break;
                }

                var high = side == SignalSide.High;
                body.Append("<text x=\"12\" y=\"21\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" ").Append(Font)
                    .Append(" fill=\"").Append(colour).Append("\">").Append(high ? 'H' : 'L').Append("</text>");
                body.Append("<path d=\"").Append(high ? "M22.5 23V9.5M19 13L22.5 9.5L26 13" : "M22.5 9V22.5M19 19L22.5 22.5L26 19")
                    .Append("\" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2.2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>");
                break;
        }

        return Wrap(SpcTexts.VariationTitle(verdict, side), body, size);
    }

    /// <summary>The variation icon of a result, with the side of its last point.</summary>
    /// <param name="result">The charted series.</param>
    /// <param name="size">Width and height in CSS pixels.</param>
    public static string Variation(SpcResult result, int size = 28)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Variation(result.Variation, result.LastValue?.Side ?? SignalSide.None, size);
    }

    /// <summary>The assurance icon of a verdict, or an empty string when there is none.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="size">Width and height in CSS pixels.</param>
    public static string Assurance(AssuranceVerdict verdict, int size = 28)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 8);
        if (verdict == AssuranceVerdict.None)
        {
            return string.Empty;
        }

        var colour = SpcPalette.Of(verdict);
        var body = new StringBuilder();
        Ring(body, colour);
        if (verdict == AssuranceVerdict.HitAndMiss)
        {
            body.Append("<path d=\"M7.5 17.5C10 12 13 12 16 16S22 20 24.5 14.5\" fill=\"none\" stroke=\"").Append(colour)
                .Append("\" stroke-width=\"2.6\" stroke-linecap=\"round\"/>");
        }
        else
        {
            body.Append("<text x=\"16\" y=\"21.5\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" ").Append(Font)
                .Append(" fill=\"").Append(colour).Append("\">").Append(verdict == AssuranceVerdict.ConsistentlyPass ? 'P' : 'F').Append("</text>");
        }

        return Wrap(SpcTexts.AssuranceTitle(verdict), body, size);
    }

    private static void Ring(StringBuilder body, string colour) =>
        body.Append("<circle cx=\"16\" cy=\"16\" r=\"13.5\" fill=\"#fff\" stroke=\"").Append(colour).Append("\" stroke-width=\"2.5\"/>");

    private static string Wrap(string title, StringBuilder body, int size)
    {
        var label = HtmlRenderer.Encode(title);
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg class=\"spc-icon\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\" width=\"{size}\" height=\"{size}\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>{body}</svg>");
    }
}
