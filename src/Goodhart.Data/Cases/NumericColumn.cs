namespace Goodhart.Data.Cases;

/// <summary>The values of one numeric column, read in batches through the engine.</summary>
/// <param name="Column">The column's name.</param>
/// <param name="Values">The values that were numbers, in file order.</param>
/// <param name="Nulls">Empty cells, skipped.</param>
/// <param name="Invalid">Cells that are not numbers (or not finite), skipped.</param>
/// <param name="InvalidExamples">The first few invalid cells, as written.</param>
public sealed record NumericColumn(string Column, IReadOnlyList<double> Values, long Nulls, long Invalid, IReadOnlyList<string> InvalidExamples);
