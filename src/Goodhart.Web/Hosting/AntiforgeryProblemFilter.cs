using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Goodhart.Web.Hosting;

/// <summary>Says why a form was refused when its antiforgery token was missing or did not match.</summary>
internal sealed class AntiforgeryProblemFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
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

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
