using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Goodhart.Web.Hosting;

/// <summary>Says why a form was refused when its antiforgery token was missing or did not match.</summary>
internal sealed class AntiforgeryProblemFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult && TooLarge(context.HttpContext) is { } limit)
        {
            // The token sits in a form too large to read, so the real problem is the size, not the token.
            context.Result = new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Too large to accept",
                Detail = $"What was sent is {context.HttpContext.Request.ContentLength / 1024} KiB; this form accepts at most {limit / 1024} KiB. Nothing was saved. Go back and send a smaller file.",
            })
            {
                StatusCode = StatusCodes.Status413PayloadTooLarge,
                ContentTypes = { "application/problem+json" },
            };
        }
        else if (context.Result is IAntiforgeryValidationFailedResult)
        {
            context.Result = new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The form could not be accepted",
                Detail = "The form's security token was missing or did not match, so nothing was saved. Reload the page and send the form again.",
            })
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentTypes = { "application/problem+json" },
            };
        }
    }

    private static long? TooLarge(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit && http.Request.ContentLength > limit
            ? limit
            : null;

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
