using System.Globalization;

namespace Goodhart.Spc;

/// <summary>
/// The period (x position) of a point: a date, a number or a label. Keys of one series should be of one kind;
/// dates and numbers order by value, labels ordinally. The engine takes keys in the order given and only
/// reports duplicates and keys out of order; it never sorts.
/// </summary>
public readonly struct SpcKey : IEquatable<SpcKey>, IComparable<SpcKey>
{
    private readonly double _number;
    private readonly string? _text;
    private readonly byte _kind; // 0 number, 1 date (day number), 2 text

    private SpcKey(byte kind, double number, string? text)
    {
        _kind = kind;
        _number = number;
        _text = text;
    }

    /// <summary>Whether the key is a date.</summary>
    public bool IsDate => _kind == 1;

    /// <summary>Whether the key is a number.</summary>
    public bool IsNumber => _kind == 0;

    /// <summary>Whether the key is a text label, which has no order of its own.</summary>
    public bool IsText => _kind == 2;

    /// <summary>The date of a date key.</summary>
    public DateOnly? Date => _kind == 1 ? DateOnly.FromDayNumber((int)_number) : null;

    /// <summary>The number of a number key.</summary>
    public double? Number => _kind == 0 ? _number : null;

    /// <summary>A key for a date.</summary>
    /// <param name="date">The date.</param>
    public static SpcKey Of(DateOnly date) => new(1, date.DayNumber, null);

    /// <summary>A key for a number, such as a week number.</summary>
    /// <param name="number">A finite number.</param>
    public static SpcKey Of(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A period number must be finite.");
        }

        return new SpcKey(0, number, null);
    }

    /// <summary>A key for a label, ordered ordinally (so ISO dates written as text still sort by date).</summary>
    /// <param name="label">The label.</param>
    public static SpcKey Of(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return new SpcKey(2, 0, label);
    }

    /// <summary>Keys 1, 2, …, <paramref name="count"/>.</summary>
    /// <param name="count">How many keys.</param>
    public static IReadOnlyList<SpcKey> Sequence(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var keys = new SpcKey[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = new SpcKey(0, i + 1, null);
        }

        return keys;
    }

    /// <inheritdoc />
    public int CompareTo(SpcKey other)
    {
        if (_kind != other._kind)
        {
            return _kind.CompareTo(other._kind);
        }

        return _kind == 2 ? string.CompareOrdinal(_text, other._text) : _number.CompareTo(other._number);
    }

    /// <inheritdoc />
    public bool Equals(SpcKey other) => CompareTo(other) == 0;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SpcKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _kind == 2 ? HashCode.Combine(_kind, _text) : HashCode.Combine(_kind, _number);

    /// <summary>The key as written in output: <c>yyyy-MM-dd</c> for dates, the shortest round-trip form for numbers.</summary>
    public override string ToString() => _kind switch
    {
        0 => _number.ToString("R", CultureInfo.InvariantCulture),
        1 => DateOnly.FromDayNumber((int)_number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => _text ?? string.Empty,
    };

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    public static bool operator ==(SpcKey left, SpcKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    public static bool operator !=(SpcKey left, SpcKey right) => !left.Equals(right);

    /// <summary>Whether a key orders before another.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    public static bool operator <(SpcKey left, SpcKey right) => left.CompareTo(right) < 0;

    /// <summary>Whether a key orders after another.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    public static bool operator >(SpcKey left, SpcKey right) => left.CompareTo(right) > 0;

    /// <summary>Whether a key orders before or with another.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    public static bool operator <=(SpcKey left, SpcKey right) => left.CompareTo(right) <= 0;

    /// <summary>Whether a key orders after or with another.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    public static bool operator >=(SpcKey left, SpcKey right) => left.CompareTo(right) >= 0;
}
