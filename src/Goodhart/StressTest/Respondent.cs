namespace Goodhart.StressTest;

/// <summary>Who answered: optional name and role (e.g. frontline, manager, analyst).</summary>
/// <param name="Name">Name, or <c>null</c> for an anonymous respondent.</param>
/// <param name="Role">Role in lower case, or <c>null</c>.</param>
public sealed record Respondent(string? Name, string? Role)
{
    /// <summary>An anonymous respondent with no role.</summary>
    public static Respondent Anonymous { get; } = new(null, null);
}
