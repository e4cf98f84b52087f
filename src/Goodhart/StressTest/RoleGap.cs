namespace Goodhart.StressTest;

/// <summary>Two roles that see a dimension's risk a band or more apart.</summary>
/// <param name="DimensionId">The dimension id, or <c>overall</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="HigherRole">The role that sees more risk.</param>
/// <param name="HigherMedian">That role's median.</param>
/// <param name="LowerRole">The role that sees less risk.</param>
/// <param name="LowerMedian">That role's median.</param>
/// <param name="BandsApart">How many bands apart their medians fall.</param>
public sealed record RoleGap(string DimensionId, string Title, string HigherRole, double HigherMedian, string LowerRole, double LowerMedian, int BandsApart);
