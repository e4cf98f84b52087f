using System.Globalization;
using Goodhart.Store;
using Goodhart.StressTest;

namespace Goodhart.Web.StressTests;

/// <summary>
/// The fields of one step as the form shows them, and the checks on what comes back. Field names:
/// <c>context.{question}</c>, <c>item.{item}</c>, <c>reflection.{dimension}</c>, <c>dysfunction.{dysfunction}</c>;
/// a rating is a digit 0–4 or <c>not-sure</c>.
/// </summary>
public sealed class StepForm
{
    private readonly Dictionary<string, IReadOnlyList<string>> _values = new(StringComparer.Ordinal);
    private readonly List<(string Field, string Message)> _errors = [];

    private StepForm(WizardPlan plan, int step)
    {
        Plan = plan;
        Step = step;
    }

    /// <summary>The steps.</summary>
    public WizardPlan Plan { get; }

    /// <summary>The step shown, from 1.</summary>
    public int Step { get; }

    /// <summary>The problems found, in the order of the fields.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors => _errors;

    /// <summary>The form filled with the answers saved so far.</summary>
    /// <param name="plan">The steps.</param>
    /// <param name="step">The step shown.</param>
    /// <param name="sheet">The saved answers.</param>
    public static StepForm FromSheet(WizardPlan plan, int step, AnswerSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sheet);
        var form = new StepForm(plan, step);
        foreach (var question in plan.Instrument.Context)
        {
            form._values[ContextField(question.Id)] = [.. sheet.ContextValues(question.Id)];
        }

        foreach (var item in plan.Instrument.AllItems.Where(i => sheet.Items.ContainsKey(i.Id)))
        {
            form._values[ItemField(item.Id)] = [sheet.Items[item.Id].ToString()];
        }

        foreach (var (dimension, text) in sheet.Reflections)
        {
            form._values[ReflectionField(dimension)] = [text];
        }

        foreach (var (dysfunction, answer) in sheet.Dysfunctions)
        {
            form._values[DysfunctionField(dysfunction)] = [answer.ToString()];
        }

        return form;
    }

    /// <summary>
    /// Reads a submitted step into the answers. Every value must be one the form offers; when
    /// <paramref name="requireAll"/> is set (Next), every rating and the measure's name must be given too.
    /// </summary>
    /// <param name="plan">The steps.</param>
    /// <param name="step">The step submitted.</param>
    /// <param name="sheet">The answers saved so far.</param>
    /// <param name="posted">The submitted form.</param>
    /// <param name="requireAll">Whether missing answers are problems (Next) or left unanswered (Back).</param>
    /// <param name="updated">The answers with this step's applied; meaningful only when there are no errors.</param>
    public static StepForm Read(WizardPlan plan, int step, AnswerSheet sheet, IFormCollection posted, bool requireAll, out AnswerSheet updated)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(posted);
        var form = new StepForm(plan, step);
        updated = sheet;
        switch (plan.KindOf(step))
        {
            case WizardStepKind.Context:
                foreach (var question in plan.Instrument.Context)
                {
                    updated = form.ReadContext(question, posted, updated, requireAll);
                }

                break;
            case WizardStepKind.Dimension:
                var dimension = plan.DimensionAt(step);
                foreach (var item in dimension.Items)
                {
                    var answer = form.ReadRating(ItemField(item.Id), posted, requireAll);
                    updated = answer is { } a ? updated with { Items = updated.Items.SetItem(item.Id, a) } : updated with { Items = updated.Items.Remove(item.Id) };
                }

                var reflection = form.ReadText(ReflectionField(dimension.Id), posted, StoreLimits.LongText, "The reflection");
                updated = reflection is null
                    ? updated with { Reflections = updated.Reflections.Remove(dimension.Id) }
                    : updated with { Reflections = updated.Reflections.SetItem(dimension.Id, reflection) };
                break;
            default:
                foreach (var dysfunction in plan.Instrument.Checklist.Dysfunctions)
                {
                    var answer = form.ReadRating(DysfunctionField(dysfunction.Id), posted, requireAll);
                    updated = answer is { } a
                        ? updated with { Dysfunctions = updated.Dysfunctions.SetItem(dysfunction.Id, a) }
                        : updated with { Dysfunctions = updated.Dysfunctions.Remove(dysfunction.Id) };
                }

                break;
        }

        return form;
    }

    /// <summary>The form field of a context question.</summary>
    /// <param name="id">The question id.</param>
    public static string ContextField(string id) => "context." + id;

    /// <summary>The form field of a rated item.</summary>
    /// <param name="id">The item id.</param>
    public static string ItemField(string id) => "item." + id;

    /// <summary>The form field of a dimension's reflection.</summary>
    /// <param name="id">The dimension id.</param>
    public static string ReflectionField(string id) => "reflection." + id;

    /// <summary>The form field of a checklist dysfunction.</summary>
    /// <param name="id">The dysfunction id.</param>
    public static string DysfunctionField(string id) => "dysfunction." + id;

    /// <summary>The id of an element for a field (dots are awkward in fragment links).</summary>
    /// <param name="field">The field name.</param>
    public static string IdOf(string field) => field.Replace('.', '_');

    /// <summary>The first value shown for a field, or "".</summary>
    /// <param name="field">The field name.</param>
    public string ValueOf(string field) => _values.TryGetValue(field, out var values) && values.Count > 0 ? values[0] : "";

    /// <summary>Whether an option is chosen in a field.</summary>
    /// <param name="field">The field name.</param>
    /// <param name="value">The option's value.</param>
    public bool IsChosen(string field, string value) => _values.TryGetValue(field, out var values) && values.Contains(value, StringComparer.Ordinal);

    /// <summary>The problem with a field, or "".</summary>
    /// <param name="field">The field name.</param>
    public string ErrorOf(string field) => string.Join(" ", _errors.Where(e => e.Field == field).Select(e => e.Message));

    private AnswerSheet ReadContext(ContextQuestion question, IFormCollection posted, AnswerSheet sheet, bool requireAll)
    {
        var field = ContextField(question.Id);
        if (question.Kind is ContextKind.Text or ContextKind.LongText)
        {
            var limit = question.Id == "measure" ? StoreLimits.Name : StoreLimits.LongText;
            var text = ReadText(field, posted, limit, question.Label);
            if (text is null && question.Required && requireAll)
            {
                _errors.Add((field, $"{question.Label} is required."));
            }

            // The measure's name is never cleared: a report without it cannot be made.
            return text is null
                ? question.Required ? sheet : sheet with { Context = sheet.Context.Remove(question.Id) }
                : sheet with { Context = sheet.Context.SetItem(question.Id, [text]) };
        }

        var chosen = posted[field].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToList();
        _values[field] = chosen;
        var unknown = chosen.Where(v => question.Options.All(o => o.Id != v)).ToList();
        if (unknown.Count > 0)
        {
            _errors.Add((field, $"'{unknown[0]}' is not one of the choices; choose from: {string.Join("; ", question.Options.Select(o => o.Label))}."));
        }
        else if (question.Kind == ContextKind.Choice && chosen.Count > 1)
        {
            _errors.Add((field, "Choose only one answer."));
        }
        else if (chosen.Count == 0 && question.Required && requireAll)
        {
            _errors.Add((field, "Choose an answer."));
        }

        return chosen.Count == 0 ? sheet with { Context = sheet.Context.Remove(question.Id) } : sheet with { Context = sheet.Context.SetItem(question.Id, [.. chosen]) };
    }

    private ItemAnswer? ReadRating(string field, IFormCollection posted, bool requireAll)
    {
        var values = posted[field].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
        _values[field] = values;
        if (values.Count == 0)
        {
            if (requireAll)
            {
                _errors.Add((field, "Choose an answer, or “Not sure”."));
            }

            return null;
        }

        var value = values[0];
        if (values.Count > 1)
        {
            _errors.Add((field, "Choose only one answer."));
            return null;
        }

        if (value == ItemAnswer.NotSureText)
        {
            return ItemAnswer.NotSure;
        }

        if (value.Length == 1 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) && rating <= 4)
        {
            return ItemAnswer.Rated(rating);
        }

        _errors.Add((field, $"'{value}' is not one of the answers; choose one of the five descriptions or “Not sure”."));
        return null;
    }

    private string? ReadText(string field, IFormCollection posted, int limit, string label)
    {
        var text = posted[field].ToString().Trim();
        _values[field] = [text];
        if (text.Length > limit)
        {
            _errors.Add((field, string.Create(CultureInfo.InvariantCulture, $"{label} is {text.Length} characters long; at most {limit} are kept.")));
        }

        return text.Length == 0 ? null : text;
    }
}
