namespace Goodhart.Data.Cases;

/// <summary>The first rows of a case log as text, to show a person which column holds what before mapping it.</summary>
/// <param name="Columns">The columns, in file order.</param>
/// <param name="Rows">The rows read, each with one cell per column (<c>null</c> for an empty cell).</param>
public sealed record CasePreview(IReadOnlyList<CaseColumn> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);
