using System.Text.Json;

namespace Goodhart.Web.Hosting;

/// <summary>A readable message on every problem-details response that does not already carry one.</summary>
internal static class ProblemWording
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!string.IsNullOrEmpty(problem.Detail))
        {
            return;
        }

        var request = context.HttpContext.Request;
        var path = request.Path.Value;
        problem.Detail = problem.Status switch
        {
            StatusCodes.Status400BadRequest when context.Exception is BadHttpRequestException { InnerException: JsonException json } =>
                $"The JSON body could not be read at {(string.IsNullOrEmpty(json.Path) ? "its start" : json.Path)}: it is cut short, malformed, or that value has the wrong type. The OpenAPI document at /openapi/v1.json lists each field's type.",
            StatusCodes.Status400BadRequest when context.Exception is BadHttpRequestException =>
                "The request has no body, or a part of it could not be read. Send the measure as a JSON object; the OpenAPI document at /openapi/v1.json lists its fields.",
            StatusCodes.Status400BadRequest => "The request could not be read. Check what was sent against the OpenAPI document at /openapi/v1.json.",
            StatusCodes.Status404NotFound => $"There is nothing at {path}. The measures are listed at /measures, and through the API at /api/measures.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {path}.",
            StatusCodes.Status413PayloadTooLarge => "What was sent is larger than the app accepts.",
            StatusCodes.Status415UnsupportedMediaType when path?.StartsWith("/api/scans", StringComparison.OrdinalIgnoreCase) == true =>
                "Send the case file's bytes as the request body with Content-Type application/octet-stream (or text/csv, application/vnd.apache.parquet or the XLSX type), " +
                "and its name as ?fileName=cases.csv. Forms and plain text are not accepted here; in a browser, use /scans/new.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON, with the header Content-Type: application/json.",
            >= 400 and < 500 => "The request was not accepted.",
            _ => "Something went wrong on our side, not with what was sent. Please try again; if it keeps happening, report it.",
        };
    }
}
