using Goodhart.Reports;
using Goodhart.Reports.StressTest;

namespace Goodhart.Web.StressTests;

/// <summary>The resume link and the report downloads of a stress test.</summary>
public static class StressTestEndpoints
{
    /// <summary>
    /// Maps <c>/stress-tests/{id}</c>, <c>/stress-tests/{id}/report.{pdf|html|md|json}</c> and the team report
    /// <c>/stress-tests/teams/{id}/report.{pdf|html|md|json}</c>.
    /// </summary>
    /// <param name="app">The app.</param>
    public static IEndpointRouteBuilder MapStressTests(this IEndpointRouteBuilder app)
    {
        app.MapGet("/stress-tests/{id:guid}", ResumeAsync).ExcludeFromDescription();
        app.MapGet("/stress-tests/{id:guid}/report.{extension}", ReportAsync).ExcludeFromDescription();
        app.MapGet("/stress-tests/teams/{id:guid}/report.{extension}", TeamReportAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ResumeAsync(Guid id, StressTestSessions sessions, CancellationToken cancellationToken)
    {
        if (await sessions.FindAsync(id, cancellationToken) is not { } sheet)
        {
            return Results.Problem(detail: "There is no stress test with this id; it may have been started on another database.", statusCode: StatusCodes.Status404NotFound);
        }

        return Results.Redirect(StressTestSessions.Plan.FirstUnanswered(sheet) is { } step
            ? $"/stress-tests/{id}/steps/{step}"
            : $"/stress-tests/{id}/result");
    }

    private static async Task<IResult> ReportAsync(Guid id, string extension, StressTestSessions sessions, CancellationToken cancellationToken)
    {
        if (FormatOf(extension) is not { } format)
        {
            return NoSuchFormat(extension);
        }

        if (await sessions.FindAsync(id, cancellationToken) is not { } sheet)
        {
            return Results.Problem(detail: "There is no stress test with this id; it may have been started on another database.", statusCode: StatusCodes.Status404NotFound);
        }

        if (StressTestSessions.Plan.FirstUnanswered(sheet) is { } step)
        {
            return Results.Problem(
                detail: $"The stress test is not finished: step {step} of {StressTestSessions.Plan.StepCount} has no answers yet. Finish it at /stress-tests/{id}.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return File(StressTestReport.ForRespondent(StressTestSessions.Instrument, sheet, sessions.Today), format);
    }

    private static async Task<IResult> TeamReportAsync(Guid id, string extension, StressTeams teams, StressTestSessions sessions, CancellationToken cancellationToken)
    {
        if (FormatOf(extension) is not { } format)
        {
            return NoSuchFormat(extension);
        }

        if (await teams.FindAsync(id, cancellationToken) is not { } team)
        {
            return Results.Problem(detail: "There is no team stress test with this id; it may have been made on another database.", statusCode: StatusCodes.Status404NotFound);
        }

        var view = await teams.ViewAsync(team, cancellationToken);
        if (view.Profile is null)
        {
            return Results.Problem(
                detail: $"A team report needs at least {StressTeams.MinimumRespondents} finished stress tests; {view.FinishedCount} of {view.Respondents.Count} respondents have finished so far.",
                statusCode: StatusCodes.Status409Conflict);
        }

        // The same report the command line's `stress-test combine` writes.
        return File(StressTestReport.ForTeam(StressTestSessions.Instrument, view.FinishedSheets, sessions.Today), format);
    }

    private static ReportFormat? FormatOf(string extension) => extension switch
    {
        "pdf" => ReportFormat.Pdf,
        "html" => ReportFormat.Html,
        "md" => ReportFormat.Markdown,
        "json" => ReportFormat.Json,
        _ => null,
    };

    private static IResult NoSuchFormat(string extension) =>
        Results.Problem(detail: $"'{extension}' is not a report format; the report comes as .pdf, .html, .md or .json.", statusCode: StatusCodes.Status404NotFound);

    private static IResult File(StressTestReport report, ReportFormat format)
    {
        using var buffer = new MemoryStream();
        StressTestReportWriter.Render(report, format, buffer);
        var contentType = format switch
        {
            ReportFormat.Pdf => "application/pdf",
            ReportFormat.Html => "text/html; charset=utf-8",
            ReportFormat.Markdown => "text/markdown; charset=utf-8",
            _ => "application/json; charset=utf-8",
        };
        return Results.File(buffer.ToArray(), contentType, report.FileStem + ReportFormats.Extension(format));
    }
}
