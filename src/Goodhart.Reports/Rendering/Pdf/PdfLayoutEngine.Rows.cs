using SkiaSharp;

namespace Goodhart.Reports.Rendering.Pdf;

/// <content>Tables, and rows of cells that may run over a page.</content>
internal sealed partial class PdfLayoutEngine
{
    private const float CellPadX = 5;
    private const float CellPadY = 3.5f;

    private void AddTable(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<int> numericColumns)
    {
        var count = columns.Count;
        if (count == 0)
        {
            return;
        }

        var numeric = new HashSet<int>(numericColumns);
        string CellText(IReadOnlyList<string>? row, int c) => row is not null && c < row.Count ? row[c] ?? string.Empty : string.Empty;
        var widths = ColumnWidths(columns, rows, count, CellText);
        var lefts = new float[count];
        for (var c = 1; c < count; c++)
        {
            lefts[c] = lefts[c - 1] + widths[c - 1];
        }

        var tableRight = PageGeometry.Left + widths.Sum();
        Cell[] Cells(IReadOnlyList<string>? row, TextStyle style) => Enumerable.Range(0, count)
            .Select(c => new Cell(
                PageGeometry.Left + lefts[c] + CellPadX,
                widths[c] - (2 * CellPadX),
                _text.Wrap(CellText(row, c), style, widths[c] - (2 * CellPadX)),
                style,
                numeric.Contains(c) ? Align.End : Align.Start))
            .ToArray();

        // A header taller than a third of a page keeps only its first line: it is repeated on every page.
        var header = RowFragments(Cells(columns, PdfTheme.HeaderCell), CellPadY, PageGeometry.BodyHeight / 3, (height, _) =>
        [
            new BoxElement(new SKRect(PageGeometry.Left, 0, tableRight, height), PdfTheme.HeaderFill),
            new RuleElement(new SKPoint(PageGeometry.Left, height), new SKPoint(tableRight, height), PdfTheme.Ink, 0.9f),
        ])[0] with
        { SpaceBefore = 8, KeepWithNext = true };
        _flow.Add(header);

        var rowLimit = PageGeometry.BodyHeight - header.Height;
        for (var r = 0; r < rows.Count; r++)
        {
            var striped = r % 2 == 1;
            var fragments = RowFragments(Cells(rows[r], PdfTheme.Cell), CellPadY, rowLimit, (height, last) =>
            {
                var elements = new List<PdfElement>();
                if (striped)
                {
                    elements.Add(new BoxElement(new SKRect(PageGeometry.Left, 0, tableRight, height), PdfTheme.StripeFill));
                }

                if (last)
                {
                    elements.Add(new RuleElement(new SKPoint(PageGeometry.Left, height), new SKPoint(tableRight, height), PdfTheme.Rule, 0.5f));
                }

                return elements;
            });
            _flow.AddRange(fragments.Select(f => f with { RepeatHeader = header }));
        }
    }

    /// <summary>
    /// Column widths from content, like an HTML table's automatic layout: natural widths when they fit
    /// (stretched to the text width), else narrow columns keep their natural width and wide ones share
    /// the rest, each getting at least its longest word (capped) so words break only when they must.
    /// </summary>
    private float[] ColumnWidths(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, int count, Func<IReadOnlyList<string>?, int, string> cellText)
    {
        var available = PageGeometry.ContentWidth;
        var natural = new float[count];
        var minimum = new float[count];
        var minimumCap = Math.Max(available / count, 48);
        for (var c = 0; c < count; c++)
        {
            natural[c] = _text.NaturalWidth(columns[c], PdfTheme.HeaderCell);
            minimum[c] = _text.LongestWordWidth(columns[c], PdfTheme.HeaderCell);
            foreach (var row in rows)
            {
                var text = cellText(row, c);
                natural[c] = Math.Max(natural[c], _text.NaturalWidth(text, PdfTheme.Cell));
                minimum[c] = Math.Max(minimum[c], _text.LongestWordWidth(text, PdfTheme.Cell));
            }

            natural[c] += (2 * CellPadX) + 1;
            minimum[c] = Math.Min(minimum[c] + (2 * CellPadX) + 1, minimumCap);
            natural[c] = Math.Max(natural[c], minimum[c]);
        }

        var naturalSum = natural.Sum();
        if (naturalSum <= available)
        {
            return natural.Select(w => w * available / naturalSum).ToArray();
        }

        // Columns that want no more than a fair share of what is left get all they want; the others
        // get their minimum plus the rest in proportion to how much more they would like.
        var widths = new float[count];
        var open = Enumerable.Range(0, count).ToList();
        var left = available;
        bool settled;
        do
        {
            settled = false;
            var fair = left / open.Count;
            foreach (var c in open.Where(c => natural[c] <= fair).ToList())
            {
                widths[c] = natural[c];
                left -= natural[c];
                open.Remove(c);
                settled = true;
            }
        }
        while (settled && open.Count > 0);

        if (open.Count > 0)
        {
            var minimumSum = open.Sum(c => minimum[c]);
            var wantSum = open.Sum(c => natural[c] - minimum[c]);
            foreach (var c in open)
            {
                widths[c] = minimumSum >= left
                    ? minimum[c] * left / minimumSum
                    : minimum[c] + ((natural[c] - minimum[c]) * (left - minimumSum) / wantSum);
            }
        }

        return widths;
    }

    /// <summary>
    /// A row of cells as one fragment when it fits in <paramref name="limit"/>; otherwise one fragment
    /// per line (the k-th line of every cell side by side), so a row taller than a page fills each page
    /// it runs over. <paramref name="background"/> gets each fragment's height and whether it ends the row.
    /// </summary>
    private List<Fragment> RowFragments(IReadOnlyList<Cell> cells, float padY, float limit, Func<float, bool, IEnumerable<PdfElement>> background)
    {
        var metrics = cells.Select(c => _text.Metrics(c.Style)).ToArray();
        var whole = cells.Select((c, i) => c.Lines.Count * metrics[i].Height).Max() + (2 * padY);
        var slices = whole <= limit ? 1 : cells.Max(c => c.Lines.Count);
        var fragments = new List<Fragment>(slices);
        for (var slice = 0; slice < slices; slice++)
        {
            var first = slice == 0;
            var last = slice == slices - 1;
            var top = first ? padY : 0;
            var elements = new List<PdfElement>();
            var used = 0f;
            for (var c = 0; c < cells.Count; c++)
            {
                var cell = cells[c];
                var lines = slices == 1 ? cell.Lines : cell.Lines.Skip(slice).Take(1);
                var y = top;
                foreach (var line in lines)
                {
                    var x = cell.Align == Align.End || line.IsRtl ? cell.X + cell.Width - line.Width : cell.X;
                    elements.Add(new TextElement(line, cell.Style, x, y + metrics[c].Baseline, metrics[c].Ascent, metrics[c].Descent));
                    y += metrics[c].Height;
                }

                used = Math.Max(used, y - top);
            }

            var height = top + Math.Max(used, metrics.Min(m => m.Height)) + (last ? padY : 0);
            fragments.Add(new Fragment(height, [.. background(height, last), .. elements]));
        }

        return fragments;
    }
}
