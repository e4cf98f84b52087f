namespace Goodhart.Data.Tables;

/// <summary>
/// One cell of the current row of a <see cref="TableReader"/>. It borrows the reader's buffer, so it is only
/// valid until the next <see cref="TableReader.Read"/>.
/// </summary>
public readonly ref struct TableCell
{
    internal TableCell(CellKind kind, ReadOnlySpan<char> text, double number = 0, DateTime date = default)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Date = date;
    }

    /// <summary>What the cell holds.</summary>
    public CellKind Kind { get; }

    /// <summary>
    /// The cell as text without surrounding white space: as written for text cells, the shortest round-trip
    /// invariant form for numbers, <c>yyyy-MM-dd</c> (with <c>THH:mm:ss</c> when there is a time) for dates.
    /// </summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>The value of a <see cref="CellKind.Number"/> cell.</summary>
    public double Number { get; }

    /// <summary>The value of a <see cref="CellKind.Date"/> cell.</summary>
    public DateTime Date { get; }

    /// <summary>Whether the cell is empty.</summary>
    public bool IsEmpty => Kind == CellKind.Empty;
}
