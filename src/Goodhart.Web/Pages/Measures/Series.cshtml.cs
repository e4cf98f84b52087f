using Goodhart.Reviews;
using Goodhart.Store;
using Goodhart.Web.Reviews;
using Goodhart.Web.Series;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.Measures;

/// <summary>A measure's series with its process behaviour chart, and the forms that add to it.</summary>
[RequestSizeLimit(SeriesLimits.UploadRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = SeriesLimits.UploadRequestBytes)]
public sealed class SeriesModel : PageModel
{
    private readonly SeriesBook _book;
    private readonly SeriesCharts _charts;
    private readonly ReviewLog _log;

    /// <summary>Reads from and writes to the series and its chart settings, and reads what reviews decided about its signals.</summary>
    public SeriesModel(SeriesBook book, SeriesCharts charts, ReviewLog log)
    {
        _book = book;
        _charts = charts;
        _log = log;
    }

    /// <summary>The measure shown.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The measure.</summary>
    public Measure Measure { get; private set; } = null!;

    /// <summary>The series, by period.</summary>
    public IReadOnlyList<SeriesPoint> Points { get; private set; } = [];

    /// <summary>The chart, or <c>null</c> while the series is empty.</summary>
    public SeriesChart? Chart { get; private set; }

    /// <summary>The last six weeks and the last twelve months of the series, to show side by side.</summary>
    public TrailingView Trailing { get; private set; } = TrailingView.Of([]);

    /// <summary>What reviews decided about the measure's signals, latest meeting first.</summary>
    public IReadOnlyList<(SignalDisposition Disposition, ReviewMeeting Meeting, ReviewAction? Action)> Decisions { get; private set; } = [];

    /// <summary>The value typed by hand.</summary>
    [BindProperty]
    public SeriesPointInput Point { get; set; } = new();

    /// <summary>The upload form.</summary>
    [BindProperty]
    public SeriesUploadInput Upload { get; set; } = new();

    /// <summary>How to chart the series.</summary>
    [BindProperty]
    public SeriesOptionsInput Options { get; set; } = new();

    /// <summary>The value being changed: its period (which stays) and the new value and denominator.</summary>
    [BindProperty]
    public SeriesPointInput Edit { get; set; } = new();

    /// <summary>The period whose value is being changed, from <c>?edit=yyyy-mm-dd</c>, or <c>null</c>.</summary>
    [BindProperty(SupportsGet = true, Name = "edit")]
    public string? EditPeriod { get; set; }

    /// <summary>Settings that no longer fit the series and were left out of the chart.</summary>
    public IReadOnlyList<string> Notes { get; private set; } = [];

    /// <summary>The problems with an uploaded file, each naming its row and column.</summary>
    public IReadOnlyList<string> UploadProblems { get; private set; } = [];

    /// <summary>Shows the series and its chart.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Upload = new SeriesUploadInput { DateColumn = "date", ValueColumn = "value" };
        Options = SeriesOptions.ToInput(await _charts.SettingsAsync(Id, cancellationToken));
        if (!await ShowAsync(cancellationToken))
        {
            return NotFound();
        }

        if (EditPeriod is { } period && Points.FirstOrDefault(p => p.Period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == period) is { } point)
        {
            Edit = new SeriesPointInput
            {
                Period = period,
                Value = point.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                Denominator = point.Denominator?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            };
        }
        else
        {
            EditPeriod = null;
        }

        return Page();
    }

    /// <summary>Stores how to chart the series, or shows the form again with its problems and what was typed.</summary>
    public async Task<IActionResult> OnPostOptionsAsync(CancellationToken cancellationToken)
    {
        if (await _book.MeasureAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var (settings, errors) = SeriesOptions.Validate(Options, await _book.PointsAsync(Id, cancellationToken));
        if (settings is not null)
        {
            await _charts.SaveSettingsAsync(Id, settings, cancellationToken);
            return Redirect($"/measures/{Id}/series");
        }

        AddErrors(nameof(Options), errors);
        return await InvalidAsync(cancellationToken, keepOptions: true);
    }

    /// <summary>Changes one period's value, or shows the form again with its problems and what was typed.</summary>
    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        if (await _book.MeasureAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var (point, errors) = await _book.UpdateAsync(Id, Edit, cancellationToken);
        if (point is not null)
        {
            return Redirect($"/measures/{Id}/series");
        }

        EditPeriod = Edit.Period;
        AddErrors(nameof(Edit), errors);
        return await InvalidAsync(cancellationToken);
    }

    /// <summary>Deletes one period's value.</summary>
    public async Task<IActionResult> OnPostDeleteAsync([FromForm(Name = "period")] string? period, CancellationToken cancellationToken)
    {
        if (await _book.MeasureAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var text = period?.Trim() ?? "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            && await _book.DeleteAsync(Id, date, cancellationToken))
        {
            return Redirect($"/measures/{Id}/series");
        }

        ModelState.AddModelError("period", $"The series has no value for '{text}' to delete; it may have been deleted already.");
        return await InvalidAsync(cancellationToken);
    }

    private void AddErrors(string prefix, Dictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"{prefix}.{field}", message);
            }
        }
    }

    /// <summary>Adds one value, or shows the form again with its problems and what was typed.</summary>
    public async Task<IActionResult> OnPostAppendAsync(CancellationToken cancellationToken)
    {
        if (await _book.MeasureAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var (point, errors) = await _book.AppendAsync(Id, Point, cancellationToken);
        if (point is not null)
        {
            return Redirect($"/measures/{Id}/series");
        }

        AddErrors(nameof(Point), errors);
        return await InvalidAsync(cancellationToken);
    }

    /// <summary>Replaces the series with an uploaded file's, or shows every problem in the file.</summary>
    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (await _book.MeasureAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var (points, problems) = await SeriesUpload.ReadAsync(Upload, cancellationToken);
        if (points is not null)
        {
            await _book.ReplaceAsync(Id, points, cancellationToken);
            return Redirect($"/measures/{Id}/series");
        }

        UploadProblems = problems;
        ModelState.AddModelError($"{nameof(Upload)}.{nameof(SeriesUploadInput.File)}", "The file was not read; see the problems listed.");
        return await InvalidAsync(cancellationToken);
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken cancellationToken, bool keepOptions = false)
    {
        if (!keepOptions)
        {
            Options = SeriesOptions.ToInput(await _charts.SettingsAsync(Id, cancellationToken));
        }

        if (!await ShowAsync(cancellationToken))
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> ShowAsync(CancellationToken cancellationToken)
    {
        if (await _book.MeasureAsync(Id, cancellationToken) is not { } measure)
        {
            return false;
        }

        Measure = measure;
        Points = await _book.PointsAsync(Id, cancellationToken);
        if (Points.Count > 0)
        {
            (Chart, Notes) = await _charts.ChartAsync(measure, Points, "series-chart", cancellationToken);
        }

        Trailing = TrailingView.Of([.. Points.Select(p => p.Period)]);
        Decisions = await _log.DecisionsAsync(Id, cancellationToken);
        return true;
    }
}
