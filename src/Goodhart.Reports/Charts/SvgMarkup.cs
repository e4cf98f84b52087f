using System.Globalization;
using System.Text.RegularExpressions;

namespace Goodhart.Reports.Charts;

/// <summary>Turns a standalone SVG document from ScottPlot into an element fit to sit inside an HTML page.</summary>
internal static partial class SvgMarkup
{
    /// <summary>
    /// Removes the XML declaration and the unused xlink namespace, adds a <c>viewBox</c> so the chart
    /// scales, gives the font a fallback list, and prefixes every id (and every reference to one) with
    /// <paramref name="idPrefix"/>.
    /// </summary>
    public static string MakeInline(string svg, int width, int height, string idPrefix)
    {
        var text = XmlDeclaration().Replace(svg, string.Empty).Trim();
        if (!text.Contains("xlink:href", StringComparison.Ordinal))
        {
            text = text.Replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", string.Empty, StringComparison.Ordinal);
        }

        var size = string.Create(CultureInfo.InvariantCulture, $"width=\"{width}\" height=\"{height}\"");
        var sized = string.Create(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {width} {height}\" {size}");
        var rootEnd = text.IndexOf('>', StringComparison.Ordinal);
        var root = text[..rootEnd].Replace(size, sized, StringComparison.Ordinal);
        text = root + text[rootEnd..];

        text = text.Replace("font-family=\"" + ChartRenderer.FontFamily + "\"", "font-family=\"'DejaVu Sans', Verdana, sans-serif\"", StringComparison.Ordinal);
        text = IdAttribute().Replace(text, m => $"id=\"{idPrefix}-{m.Groups[1].Value}\"");
        text = UrlReference().Replace(text, m => $"url(#{idPrefix}-{m.Groups[1].Value})");
        text = HrefReference().Replace(text, m => $"{m.Groups[1].Value}=\"#{idPrefix}-{m.Groups[2].Value}\"");
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\t', ' ');
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex("((?:xlink:)?href)=\"#([^\"]+)\"")]
    private static partial Regex HrefReference();
}
