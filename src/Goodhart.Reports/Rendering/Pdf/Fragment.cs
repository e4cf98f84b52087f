namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>
/// A piece of the flow that is never split across pages: a line of a paragraph, a table row, a chart.
/// Elements are positioned relative to the fragment's top edge.
/// </summary>
/// <param name="Height">Height in points.</param>
/// <param name="Elements">What to draw, y relative to the top of the fragment.</param>
internal sealed record Fragment(float Height, IReadOnlyList<PdfElement> Elements)
{
    /// <summary>Space above the fragment, dropped at the top of a page.</summary>
    public float SpaceBefore { get; init; }

    /// <summary>Keep on the same page as the next fragment (headings, the top of a callout).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Placed first when this fragment starts a new page (a table's header row).</summary>
    public Fragment? RepeatHeader { get; init; }
}
