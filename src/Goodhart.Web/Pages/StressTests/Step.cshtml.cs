using Goodhart.StressTest;
using Goodhart.Web.StressTests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Goodhart.Web.Pages.StressTests;

/// <summary>One step of a stress test: its questions, "Step N of M", Back and Next; answers are saved on submit.</summary>
public sealed class StepModel : PageModel
{
    private readonly StressTestSessions _sessions;

    /// <summary>Reads and saves the answers.</summary>
    public StepModel(StressTestSessions sessions) => _sessions = sessions;

    /// <summary>The stress test.</summary>
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>The step, from 1.</summary>
    [FromRoute(Name = "step")]
    public int Number { get; set; }

    /// <summary>The steps of the instrument.</summary>
    public WizardPlan Plan => StressTestSessions.Plan;

    /// <summary>The answers as the form shows them, with any problems.</summary>
    public StepForm Form { get; private set; } = null!;

    /// <summary>The measure's name, for the heading.</summary>
    public string MeasureName { get; private set; } = "";

    /// <summary>Shows the step filled with the answers saved so far.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Plan.Has(Number) || await _sessions.FindAsync(Id, cancellationToken) is not { } sheet)
        {
            return NotFound();
        }

        MeasureName = sheet.MeasureName ?? "";
        Form = StepForm.FromSheet(Plan, Number, sheet);
        return Page();
    }

    /// <summary>
    /// Saves the step. Next needs every answer of the step and goes on (to the result after the last step); Back
    /// saves what was given and goes to the step before. A value the form does not offer is refused with status 400.
    /// </summary>
    public async Task<IActionResult> OnPostAsync([FromForm(Name = "go")] string? go, CancellationToken cancellationToken)
    {
        if (!Plan.Has(Number) || await _sessions.FindAsync(Id, cancellationToken) is not { } sheet)
        {
            return NotFound();
        }

        var back = go == "back";
        Form = StepForm.Read(Plan, Number, sheet, Request.Form, requireAll: !back, out var updated);
        MeasureName = updated.MeasureName ?? sheet.MeasureName ?? "";
        if (Form.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!back)
        {
            updated = updated with { Step = Math.Max(updated.Step, Number) };
        }

        await _sessions.SaveAsync(Id, updated, cancellationToken);
        if (back)
        {
            return Redirect($"/stress-tests/{Id}/steps/{Math.Max(1, Number - 1)}");
        }

        if (Number < Plan.StepCount)
        {
            return Redirect($"/stress-tests/{Id}/steps/{Number + 1}");
        }

        // After the last step: the result, unless an earlier step was left unanswered with Back.
        return Redirect(Plan.FirstUnanswered(updated) is { } missing ? $"/stress-tests/{Id}/steps/{missing}" : $"/stress-tests/{Id}/result");
    }

    /// <summary>The title of a step, for the heading and the list of steps.</summary>
    /// <param name="step">The step number.</param>
    public string TitleOf(int step) => Plan.KindOf(step) switch
    {
        WizardStepKind.Context => "The measure and how it is used",
        WizardStepKind.Dimension => Plan.DimensionAt(step).Title,
        _ => Plan.Instrument.Checklist.Title,
    };

    /// <summary>The answer texts of a 0–4 scale with "not sure", as (value, label).</summary>
    /// <param name="anchors">The five descriptions.</param>
    public static IEnumerable<(string Value, string Label)> Scale(IReadOnlyList<string> anchors)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        for (var i = 0; i < anchors.Count; i++)
        {
            yield return (i.ToString(System.Globalization.CultureInfo.InvariantCulture), anchors[i]);
        }

        yield return (ItemAnswer.NotSureText, "Not sure");
    }
}
