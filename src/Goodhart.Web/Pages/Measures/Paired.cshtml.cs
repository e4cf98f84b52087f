using Goodhart.Spc;
using Goodhart.Store;
using Goodhart.Web.Cards;
using Goodhart.Web.Series;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Measures;

/// <summary>
/// A measure beside each of its balancing measures: both charts over time and the library's paired-measure finding,
/// raised when the measure improves while its balancing measure gets worse.
/// </summary>
public sealed class PairedModel : PageModel
{
    private readonly MeasureRegistry _registry;
    private readonly SeriesBook _book;
    private readonly SeriesCharts _charts;

    /// <summary>Reads the cards, their series and their charts.</summary>
    public PairedModel(MeasureRegistry registry, SeriesBook book, SeriesCharts charts)
    {
        _registry = registry;
        _book = book;
        _charts = charts;
    }

    /// <summary>The measure shown.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The measure and its links.</summary>
    public MeasureEntry Entry { get; private set; } = null!;

    /// <summary>The measure's chart, or <c>null</c> while its series is empty.</summary>
    public SeriesChart? Chart { get; private set; }

    /// <summary>Each balancing measure with its chart and the finding.</summary>
    public IReadOnlyList<PairedView> Pairs { get; private set; } = [];

    /// <summary>Shows the page.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await _registry.FindAsync(Id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }

        Entry = entry;
        var points = await _book.PointsAsync(Id, cancellationToken);
        Chart = points.Count > 0 ? (await _charts.ChartAsync(entry.Measure, points, "paired-measure", cancellationToken)).Chart : null;
        var pairs = new List<PairedView>();
        foreach (var (balancing, i) in entry.BalancedBy.Select((b, i) => (b, i)))
        {
            var balancingPoints = await _book.PointsAsync(balancing.Id, cancellationToken);
            var chart = balancingPoints.Count > 0 ? (await _charts.ChartAsync(balancing, balancingPoints, $"paired-balancing-{i}", cancellationToken)).Chart : null;
            var finding = Chart is not null && chart is not null ? PairedMeasureCheck.Check(Chart.Result, chart.Result) : null;
            pairs.Add(new PairedView(balancing, chart, finding));
        }

        Pairs = pairs;
        return Page();
    }
}

/// <summary>One balancing measure on the paired page.</summary>
/// <param name="Measure">The balancing measure.</param>
/// <param name="Chart">Its chart, or <c>null</c> while its series is empty.</param>
/// <param name="Finding">The paired-measure finding, or <c>null</c> while either series is empty.</param>
public sealed record PairedView(Measure Measure, SeriesChart? Chart, PairedMeasureFinding? Finding);
