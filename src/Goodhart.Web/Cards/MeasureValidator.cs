using System.Globalization;
using Goodhart.Registry;
using Goodhart.Spc;
using Goodhart.Store;

namespace Goodhart.Web.Cards;

/// <summary>
/// Checks a card as typed and turns it into values, or lists every problem by field so the person can fix them all
/// in one go. Field keys are <see cref="MeasureInput"/>'s property names.
/// </summary>
internal static class MeasureValidator
{
    /// <summary>The other measures in the registry, for unique names and balancing links.</summary>
    public sealed record Registry(Guid? Self, IReadOnlyList<(Guid Id, string Name)> Measures);

    public static (MeasureValues? Values, Dictionary<string, string[]> Errors) Validate(MeasureInput input, Registry registry, DateOnly today)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        string? Text(string field, string label, string? value, int limit)
        {
            var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (trimmed is not null && trimmed.Length > limit)
            {
                Add(field, $"{label} is {trimmed.Length:N0} characters long; at most {limit:N0} are accepted.");
            }

            return trimmed;
        }

        T? Choice<T>(string field, string label, string? value)
            where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            // Enum.TryParse also takes numbers; only the names are choices.
            if (!value.Trim().All(char.IsAsciiDigit) && Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            {
                return parsed;
            }

            Add(field, $"{label}: '{Shorten(value)}' is not one of the choices; use {string.Join(", ", Enum.GetNames<T>())}.");
            return null;
        }

        var name = Text(nameof(MeasureInput.Name), "The name", input.Name, StoreLimits.Name);
        if (name is null)
        {
            Add(nameof(MeasureInput.Name), "Give the measure a name, e.g. \"Calls answered within 20 seconds\".");
        }
        else if (registry.Measures.Any(m => m.Id != registry.Self && string.Equals(m.Name.Trim(), name, StringComparison.OrdinalIgnoreCase)))
        {
            Add(nameof(MeasureInput.Name), $"A measure called \"{name}\" is already in the registry; give this one a different name.");
        }

        var definition = Text(nameof(MeasureInput.Definition), "The definition", input.Definition, StoreLimits.LongText);
        var formula = Text(nameof(MeasureInput.Formula), "The formula", input.Formula, StoreLimits.LongText);
        var unit = Text(nameof(MeasureInput.Unit), "The unit", input.Unit, StoreLimits.Short);
        var direction = Choice<ImprovementDirection>(nameof(MeasureInput.Direction), "Direction of good", input.Direction);
        var owner = Text(nameof(MeasureInput.Owner), "The owner", input.Owner, StoreLimits.Name);
        var cadence = Choice<ReviewCadence>(nameof(MeasureInput.Cadence), "Review cadence", input.Cadence);
        var purpose = Text(nameof(MeasureInput.Purpose), "The purpose", input.Purpose, StoreLimits.LongText);
        var behaviour = Text(nameof(MeasureInput.BehaviourToReinforce), "The behaviour to reinforce", input.BehaviourToReinforce, StoreLimits.LongText);
        var decision = Text(nameof(MeasureInput.DecisionInformed), "The decision", input.DecisionInformed, StoreLimits.LongText);
        var outcome = Text(nameof(MeasureInput.Outcome), "The outcome", input.Outcome, StoreLimits.LongText);
        var aim = Choice<OutcomeAim>(nameof(MeasureInput.OutcomeAim), "Prevent or accelerate", input.OutcomeAim);
        var timing = Choice<IndicatorTiming>(nameof(MeasureInput.Timing), "Leading or lagging", input.Timing);
        var role = Choice<MeasureRole>(nameof(MeasureInput.Role), "Kind of measure", input.Role);
        var rationale = Text(nameof(MeasureInput.TargetRationale), "The target's rationale", input.TargetRationale, StoreLimits.LongText);
        var attachment = Choice<TargetAttachment>(nameof(MeasureInput.TargetAttachment), "What is attached to the target", input.TargetAttachment);

        double? target = null;
        if (!string.IsNullOrWhiteSpace(input.TargetValue))
        {
            if (double.TryParse(input.TargetValue.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                target = value;
            }
            else
            {
                Add(nameof(MeasureInput.TargetValue), $"The target '{Shorten(input.TargetValue)}' is not a number; write it with a decimal point, e.g. 95 or 0.95, or leave it empty.");
            }
        }

        if (target is null && !errors.ContainsKey(nameof(MeasureInput.TargetValue)) && attachment is { } attached and not TargetAttachment.Nothing)
        {
            Add(nameof(MeasureInput.TargetValue), $"{Choices.Label(attached)} is attached to the target, but no target is given; give the target or choose Nothing.");
        }

        DateOnly? reviewed = null;
        if (!string.IsNullOrWhiteSpace(input.LastReviewedOn))
        {
            if (!DateOnly.TryParseExact(input.LastReviewedOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Add(nameof(MeasureInput.LastReviewedOn), $"'{Shorten(input.LastReviewedOn)}' is not a date; write it as year-month-day, e.g. 2026-11-16.");
            }
            else if (date > today)
            {
                Add(nameof(MeasureInput.LastReviewedOn), $"The last review date {date:yyyy-MM-dd} is in the future; today is {today:yyyy-MM-dd}.");
            }
            else
            {
                reviewed = date;
            }
        }

        var balancing = input.BalancingMeasureIds.Distinct().ToList();
        if (registry.Self is { } self && balancing.Contains(self))
        {
            Add(nameof(MeasureInput.BalancingMeasureIds), "A measure cannot balance itself; choose another measure.");
        }

        var unknown = balancing.Where(id => id != registry.Self && registry.Measures.All(m => m.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            Add(nameof(MeasureInput.BalancingMeasureIds), $"No measure has the id {string.Join(", ", unknown)}; link only measures in the registry.");
        }

        var result = errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        if (result.Count > 0)
        {
            return (null, result);
        }

        return (new MeasureValues(
            name!, definition, formula, unit, direction ?? ImprovementDirection.Neutral, owner, cadence ?? ReviewCadence.Weekly, reviewed,
            purpose, behaviour, decision, outcome, aim, timing, role, target, rationale, attachment ?? TargetAttachment.Nothing, balancing), result);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
