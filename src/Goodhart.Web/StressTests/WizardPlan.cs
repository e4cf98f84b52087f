using Goodhart.StressTest;

namespace Goodhart.Web.StressTests;

/// <summary>
/// The steps of the stress test in the browser, numbered from 1: the context questions, then one step per
/// dimension, then the dysfunction checklist (the same order as the command line's walk).
/// </summary>
/// <param name="Instrument">The instrument being answered.</param>
public sealed record WizardPlan(Instrument Instrument)
{
    /// <summary>The number of steps: context, each dimension, the checklist.</summary>
    public int StepCount => Instrument.Dimensions.Count + 2;

    /// <summary>What step <paramref name="step"/> asks.</summary>
    /// <param name="step">The step number, 1 to <see cref="StepCount"/>.</param>
    public WizardStepKind KindOf(int step) =>
        step == 1 ? WizardStepKind.Context : step == StepCount ? WizardStepKind.Checklist : WizardStepKind.Dimension;

    /// <summary>The dimension asked at a dimension step.</summary>
    /// <param name="step">A step number between 2 and <see cref="StepCount"/> − 1.</param>
    public Dimension DimensionAt(int step) => Instrument.Dimensions[step - 2];

    /// <summary>Whether a step number exists.</summary>
    /// <param name="step">The step number.</param>
    public bool Has(int step) => step >= 1 && step <= StepCount;

    /// <summary>
    /// Whether a step has been answered: the context once it has been submitted (its questions other than the
    /// measure are optional), a dimension or the checklist once every one of its ratings has an answer.
    /// </summary>
    /// <param name="sheet">The answers so far.</param>
    /// <param name="step">The step number.</param>
    public bool IsAnswered(AnswerSheet sheet, int step)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return KindOf(step) switch
        {
            WizardStepKind.Context => sheet.Step >= 1 && sheet.MeasureName is not null,
            WizardStepKind.Dimension => DimensionAt(step).Items.All(i => sheet.Items.ContainsKey(i.Id)),
            _ => Instrument.Checklist.Dysfunctions.All(d => sheet.Dysfunctions.ContainsKey(d.Id)),
        };
    }

    /// <summary>The first step not yet answered, or <c>null</c> when every step is.</summary>
    /// <param name="sheet">The answers so far.</param>
    public int? FirstUnanswered(AnswerSheet sheet)
    {
        for (var step = 1; step <= StepCount; step++)
        {
            if (!IsAnswered(sheet, step))
            {
                return step;
            }
        }

        return null;
    }
}

/// <summary>What a step of the browser's stress test asks.</summary>
public enum WizardStepKind
{
    /// <summary>The questions about the measure and how it is used.</summary>
    Context,

    /// <summary>The rated items of one dimension and its reflection.</summary>
    Dimension,

    /// <summary>How easy each dysfunction would be.</summary>
    Checklist,
}
