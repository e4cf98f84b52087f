namespace Goodhart.Data.Spc;

/// <summary>What the x column of a series file holds, decided by its first non-empty value.</summary>
internal enum PeriodKind
{
    /// <summary>No value seen yet.</summary>
    Undecided,

    /// <summary>Dates: ISO forms, the given date format, or XLSX date cells.</summary>
    Date,

    /// <summary>Numbers such as week or sample numbers.</summary>
    Number,

    /// <summary>Anything else, kept in file order.</summary>
    Label,
}
