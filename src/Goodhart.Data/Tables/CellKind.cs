namespace Goodhart.Data.Tables;

/// <summary>What a cell of a table holds.</summary>
public enum CellKind
{
    /// <summary>Nothing, or only white space.</summary>
    Empty,

    /// <summary>Text as written: every non-empty CSV cell, and XLSX cells stored as text.</summary>
    Text,

    /// <summary>A number stored as a number (XLSX only).</summary>
    Number,

    /// <summary>A date or date-time stored as one (XLSX only: a number with a date format).</summary>
    Date,
}
