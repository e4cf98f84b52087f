namespace Goodhart.Reports.Rendering.Pdf;

/// <summary>Places fragments on pages top to bottom, breaking pages where the next fragment does not fit.</summary>
internal static class Paginator
{
    /// <summary>
    /// Flows <paramref name="fragments"/> onto pages. A fragment moves to a new page when it (with the
    /// fragments it is kept with, if they fit on one page together) would cross the body's bottom; space
    /// before a fragment is dropped at the top of a page; a table row on a new page gets its header again.
    /// </summary>
    public static List<List<PdfElement>> Paginate(IReadOnlyList<Fragment> fragments)
    {
        var pages = new List<List<PdfElement>> { new() };
        var y = PageGeometry.Top;
        for (var i = 0; i < fragments.Count; i++)
        {
            var fragment = fragments[i];
            var atTop = y <= PageGeometry.Top;
            var space = atTop ? 0 : fragment.SpaceBefore;
            var needed = KeptHeight(fragments, i);
            if (!atTop && y + space + needed > PageGeometry.BodyBottom)
            {
                pages.Add([]);
                y = PageGeometry.Top;
                space = 0;
                if (fragment.RepeatHeader is { } header)
                {
                    Place(pages[^1], header, y);
                    y += header.Height;
                }
            }

            Place(pages[^1], fragment, y + space);
            y += space + fragment.Height;
        }

        return pages;
    }

    /// <summary>
    /// Height of the fragment plus those it must stay with. If the whole chain cannot fit on one page,
    /// only the fragment and its immediate follower are kept together.
    /// </summary>
    private static float KeptHeight(IReadOnlyList<Fragment> fragments, int index)
    {
        var limit = PageGeometry.BodyHeight - (fragments[index].RepeatHeader?.Height ?? 0);
        var height = fragments[index].Height;
        var j = index;
        while (fragments[j].KeepWithNext && j + 1 < fragments.Count)
        {
            j++;
            height += fragments[j].SpaceBefore + fragments[j].Height;
            if (height > limit)
            {
                var pair = fragments[index].Height + fragments[index + 1].SpaceBefore + fragments[index + 1].Height;
                return pair <= limit ? pair : fragments[index].Height;
            }
        }

        return height;
    }

    private static void Place(List<PdfElement> page, Fragment fragment, float top)
    {
        foreach (var element in fragment.Elements)
        {
            page.Add(element.Shift(top));
        }
    }
}
