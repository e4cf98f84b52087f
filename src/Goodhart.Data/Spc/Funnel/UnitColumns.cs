namespace Goodhart.Data.Spc.Funnel;

/// <summary>The columns of a funnel-plot file (the CLI's <c>--unit --y --n</c>).</summary>
/// <param name="Unit">The unit's name or code.</param>
/// <param name="Y">The events (or cases meeting the standard).</param>
/// <param name="N">The denominator: cases or exposure.</param>
public sealed record UnitColumns(string Unit, string Y, string N);
