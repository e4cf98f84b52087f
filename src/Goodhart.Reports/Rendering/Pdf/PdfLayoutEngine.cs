using System.Globalization;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Documents;
using SkiaSharp;

namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>
/// Turns a <see cref="ReportDocument"/> into fragments (lines, rows, charts), flows them onto A4 pages
/// and adds the footer with page numbers. The result is plain data: <see cref="PdfPageWriter"/> draws it.
/// </summary>
internal sealed partial class PdfLayoutEngine
{
    private const float ChartScale = 0.75f;

    private readonly TextLayout _text;
    private readonly List<Fragment> _flow = [];

    private PdfLayoutEngine(TextLayout text)
    {
        _text = text;
    }

    private enum Align
    {
        Start,
        End,
    }

    /// <summary>Lays out <paramref name="document"/> on pages.</summary>
    public static PdfLayout Layout(ReportDocument document)
    {
        using var text = new TextLayout(PdfFonts.Shared);
        var engine = new PdfLayoutEngine(text);
        engine.AddTitle(document.Title, document.Subtitle);
        foreach (var block in document.Blocks ?? [])
        {
            engine.Add(block);
        }

        var pages = Paginator.Paginate(engine._flow);
        engine.AddFooters(pages, document.Footer);
        return new PdfLayout(pages.Select(p => new PdfPage(p)).ToList());
    }

    private void Add(Block block)
    {
        switch (block)
        {
            case Heading heading:
                AddHeading(heading);
                break;
            case Paragraph paragraph:
                AddParagraph(paragraph);
                break;
            case BulletList list:
                AddBullets(list.Items ?? []);
                break;
            case KeyValueList pairs:
                AddPairs(pairs.Pairs ?? []);
                break;
            case Table table:
                AddTable(table.Columns ?? [], table.Rows ?? [], table.NumericColumns ?? []);
                break;
            case Callout callout:
                AddCallout(callout);
                break;
            case ChartBlock chart:
                AddChart(chart);
                break;
            default:
                throw new NotSupportedException($"No PDF form for block type {block?.GetType().Name ?? "null"}.");
        }
    }

    private void AddTitle(string title, string? subtitle)
    {
        AddText(title, PdfTheme.Title, PageGeometry.Left, PageGeometry.ContentWidth, 0, keepWithNext: true);
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            AddText(subtitle, PdfTheme.Subtitle, PageGeometry.Left, PageGeometry.ContentWidth, 4, keepWithNext: true);
        }

        _flow.Add(new Fragment(14, [new RuleElement(new SKPoint(PageGeometry.Left, 9), new SKPoint(PageGeometry.Right, 9), PdfTheme.Ink, 1.4f)]));
    }

    private void AddHeading(Heading heading)
    {
        var (style, space) = Math.Clamp(heading.Level, 1, 3) switch
        {
            1 => (PdfTheme.Heading1, 18f),
            2 => (PdfTheme.Heading2, 14f),
            _ => (PdfTheme.Heading3, 11f),
        };
        AddText(heading.Text, style, PageGeometry.Left, PageGeometry.ContentWidth, space, keepWithNext: true);
        if (heading.Level <= 1)
        {
            _flow.Add(new Fragment(6, [new RuleElement(new SKPoint(PageGeometry.Left, 2.5f), new SKPoint(PageGeometry.Right, 2.5f), PdfTheme.Rule, 0.6f)]) { KeepWithNext = true });
        }
    }

    private void AddParagraph(Paragraph paragraph)
    {
        switch (paragraph.Style)
        {
            case ParagraphStyle.Quote:
                AddBoxedLines(
                    [.. Lines(paragraph.Text, PdfTheme.Quote, PageGeometry.ContentWidth - 26)],
                    textLeft: PageGeometry.Left + 16,
                    textWidth: PageGeometry.ContentWidth - 26,
                    padY: 5,
                    fill: PdfTheme.QuoteFill,
                    bar: PdfTheme.Rule,
                    barWidth: 3,
                    spaceBefore: 8,
                    keepTogether: false);
                break;
            case ParagraphStyle.Lead:
                AddText(paragraph.Text, PdfTheme.Lead, PageGeometry.Left, PageGeometry.ContentWidth, 8);
                break;
            case ParagraphStyle.Note:
                AddText(paragraph.Text, PdfTheme.Note, PageGeometry.Left, PageGeometry.ContentWidth, 6);
                break;
            default:
                AddText(paragraph.Text, PdfTheme.Body, PageGeometry.Left, PageGeometry.ContentWidth, 7);
                break;
        }
    }

    private void AddBullets(IReadOnlyList<string> items)
    {
        const float Indent = 14;
        var marker = _text.SingleLine("•", PdfTheme.Body);
        var metrics = _text.Metrics(PdfTheme.Body);
        for (var i = 0; i < items.Count; i++)
        {
            var lines = _text.Wrap(items[i], PdfTheme.Body, PageGeometry.ContentWidth - Indent);
            var fragments = LineFragments(lines, PdfTheme.Body, PageGeometry.Left + (lines[0].IsRtl ? 0 : Indent), PageGeometry.ContentWidth - Indent, Align.Start, i == 0 ? 6 : 2.5f, keepWithNext: false);
            var markerX = lines[0].IsRtl ? PageGeometry.Right - 3 - marker.Width : PageGeometry.Left + 3;
            fragments[0] = fragments[0] with
            {
                Elements = [.. fragments[0].Elements, new TextElement(marker, PdfTheme.Body, markerX, metrics.Baseline, metrics.Ascent, metrics.Descent)],
            };
            _flow.AddRange(fragments);
        }
    }

    private void AddPairs(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        const float Gap = 12;
        var keyWidth = Math.Min(pairs.Max(p => _text.NaturalWidth(p.Key, PdfTheme.Key)) + 1, PageGeometry.ContentWidth * 0.35f);
        var valueLeft = PageGeometry.Left + keyWidth + Gap;
        var valueWidth = PageGeometry.Right - valueLeft;
        for (var i = 0; i < pairs.Count; i++)
        {
            var cells = new[]
            {
                new Cell(PageGeometry.Left, keyWidth, _text.Wrap(pairs[i].Key, PdfTheme.Key, keyWidth), PdfTheme.Key, Align.Start),
                new Cell(valueLeft, valueWidth, _text.Wrap(pairs[i].Value, PdfTheme.Body, valueWidth), PdfTheme.Body, Align.Start),
            };
            // A pair taller than a quarter page flows line by line rather than leave a large gap.
            var fragments = RowFragments(cells, padY: 1.5f, PageGeometry.BodyHeight / 4, (_, _) => []);
            _flow.Add(fragments[0] with { SpaceBefore = i == 0 ? 6 : 1 });
            _flow.AddRange(fragments.Skip(1));
        }
    }

    private void AddCallout(Callout callout)
    {
        const float Bar = 4;
        const float PadX = 11;
        var textLeft = PageGeometry.Left + Bar + PadX;
        var textWidth = PageGeometry.ContentWidth - Bar - (2 * PadX);
        var lines = new List<(TextLine Line, TextStyle Style, float GapBefore)>();
        if (!string.IsNullOrWhiteSpace(callout.Title))
        {
            lines.AddRange(_text.Wrap(callout.Title, PdfTheme.CalloutTitle, textWidth).Select(l => (l, PdfTheme.CalloutTitle, 0f)));
        }

        if (!string.IsNullOrWhiteSpace(callout.Text))
        {
            var gap = lines.Count > 0 ? 3f : 0f;
            lines.AddRange(_text.Wrap(callout.Text, PdfTheme.Body, textWidth).Select((l, k) => (l, PdfTheme.Body, k == 0 ? gap : 0f)));
        }

        if (lines.Count == 0)
        {
            return;
        }

        AddBoxedLines(lines, textLeft, textWidth, padY: 9, PdfTheme.FromHex(TonePalette.Tint(callout.Tone)), PdfTheme.FromHex(TonePalette.Strong(callout.Tone)), Bar, spaceBefore: 10, keepTogether: true);
    }

    private void AddChart(ChartBlock chart)
    {
        var height = ChartRenderer.PreferredHeight(chart.Chart) * ChartScale;
        var hasCaption = !string.IsNullOrWhiteSpace(chart.Caption);
        _flow.Add(new Fragment(height, [new ChartElement(chart.Chart, new SKRect(PageGeometry.Left, 0, PageGeometry.Right, height), ChartScale)])
        {
            SpaceBefore = 10,
            KeepWithNext = hasCaption,
        });
        if (hasCaption)
        {
            AddText(chart.Caption, PdfTheme.Caption, PageGeometry.Left, PageGeometry.ContentWidth, 4);
        }
    }

    private void AddFooters(List<List<PdfElement>> pages, string footer)
    {
        var metrics = _text.Metrics(PdfTheme.Footer);
        var baseline = PageGeometry.Bottom - metrics.Descent;
        var ruleY = PageGeometry.BodyBottom + 8;
        for (var i = 0; i < pages.Count; i++)
        {
            var label = _text.SingleLine(string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {pages.Count}"), PdfTheme.Footer);
            var text = _text.Truncate(footer, PdfTheme.Footer, PageGeometry.ContentWidth - label.Width - 16);
            pages[i].Add(new RuleElement(new SKPoint(PageGeometry.Left, ruleY), new SKPoint(PageGeometry.Right, ruleY), PdfTheme.Rule, 0.6f));
            pages[i].Add(new TextElement(text, PdfTheme.Footer, PageGeometry.Left, baseline, metrics.Ascent, metrics.Descent));
            pages[i].Add(new TextElement(label, PdfTheme.Footer, PageGeometry.Right - label.Width, baseline, metrics.Ascent, metrics.Descent));
        }
    }

    /// <summary>Wraps text and adds one fragment per line.</summary>
    private void AddText(string? text, TextStyle style, float left, float width, float spaceBefore, bool keepWithNext = false) =>
        _flow.AddRange(LineFragments(_text.Wrap(text, style, width), style, left, width, Align.Start, spaceBefore, keepWithNext));

    private IEnumerable<(TextLine Line, TextStyle Style, float GapBefore)> Lines(string? text, TextStyle style, float width) =>
        _text.Wrap(text, style, width).Select(l => (l, style, 0f));

    /// <summary>
    /// One fragment per line. Unless every line is kept with the next (headings), the first two and the
    /// last two lines of a paragraph stay together, so no page starts or ends with a lone line.
    /// </summary>
    private List<Fragment> LineFragments(IReadOnlyList<TextLine> lines, TextStyle style, float left, float width, Align align, float spaceBefore, bool keepWithNext)
    {
        var metrics = _text.Metrics(style);
        var fragments = new List<Fragment>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var x = align == Align.End || line.IsRtl ? left + width - line.Width : left;
            var keep = keepWithNext || i == 0 || (i == lines.Count - 2);
            fragments.Add(new Fragment(metrics.Height, [new TextElement(line, style, x, metrics.Baseline, metrics.Ascent, metrics.Descent)])
            {
                SpaceBefore = i == 0 ? spaceBefore : 0,
                KeepWithNext = keep && (keepWithNext || i < lines.Count - 1),
            });
        }

        return fragments;
    }

    /// <summary>
    /// Lines inside a tinted box with a coloured bar on the left (callouts, quotes). Each line is its own
    /// fragment carrying its slice of the box, so a box longer than a page continues on the next.
    /// </summary>
    private void AddBoxedLines(IReadOnlyList<(TextLine Line, TextStyle Style, float GapBefore)> lines, float textLeft, float textWidth, float padY, SKColor fill, SKColor bar, float barWidth, float spaceBefore, bool keepTogether)
    {
        // A box that cannot fit on one page flows like a paragraph instead of jumping to a new page.
        var total = (2 * padY) + lines.Sum(l => l.GapBefore + _text.Metrics(l.Style).Height);
        keepTogether &= total <= PageGeometry.BodyHeight;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, style, gap) = lines[i];
            var metrics = _text.Metrics(style);
            var top = (i == 0 ? padY : 0) + gap;
            var height = top + metrics.Height + (i == lines.Count - 1 ? padY : 0);
            // Slices overlap by half a point so no hairline seam shows between them.
            var overlap = i == lines.Count - 1 ? 0 : 0.5f;
            var x = line.IsRtl ? textLeft + textWidth - line.Width : textLeft;
            var keep = keepTogether ? i < lines.Count - 1 : (i == 0 || i == lines.Count - 2) && i < lines.Count - 1;
            _flow.Add(new Fragment(height, [
                new BoxElement(new SKRect(PageGeometry.Left, 0, PageGeometry.Right, height + overlap), fill),
                new BoxElement(new SKRect(PageGeometry.Left, 0, PageGeometry.Left + barWidth, height + overlap), bar),
                new TextElement(line, style, x, top + metrics.Baseline, metrics.Ascent, metrics.Descent),
            ])
            {
                SpaceBefore = i == 0 ? spaceBefore : 0,
                KeepWithNext = keep,
            });
        }
    }

    /// <summary>A table or key-value cell: where it sits and its wrapped lines.</summary>
    private sealed record Cell(float X, float Width, IReadOnlyList<TextLine> Lines, TextStyle Style, Align Align);
}
