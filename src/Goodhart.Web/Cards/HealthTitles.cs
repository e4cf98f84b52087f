using Goodhart.Registry;

namespace Goodhart.Web.Cards;

/// <summary>The short title shown for each health flag; the flag's reason gives the detail.</summary>
public static class HealthTitles
{
    /// <summary>The title of a kind of flag.</summary>
    public static string Of(HealthFlagKind kind) => kind switch
    {
        HealthFlagKind.NoOwner => "No owner",
        HealthFlagKind.NoDecision => "No decision named",
        HealthFlagKind.ReviewOverdue => "Review overdue",
        HealthFlagKind.TargetWithoutBalancing => "Target without a balancing measure",
        HealthFlagKind.VagueDefinition => "Vague definition",
        HealthFlagKind.OwnerOverloaded => "Owner has too many measures",
        HealthFlagKind.NeverDiscussed => "Reviewed but never discussed or acted on",
        _ => kind.ToString(),
    };
}
