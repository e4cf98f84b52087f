using System.Runtime.CompilerServices;
using Goodhart.Spc;

namespace Goodhart.Data.Spc;

/// <summary>The points of one series as they are read, with the row of each for messages.</summary>
internal sealed class SeriesBuilder(string name, bool hasDenominators)
{
    private readonly List<SpcKey> _keys = [];
    private readonly List<int> _rows = [];
    private readonly List<double?> _values = [];
    private readonly List<double?>? _denominators = hasDenominators ? [] : null;
    private Dictionary<SpcKey, int>? _seen;

    public string Name => name;

    public int Count => _keys.Count;

    /// <summary>The row of the series' first point, or 0 before it has one.</summary>
    public int FirstRow => _rows.Count > 0 ? _rows[0] : 0;

    public bool HasValues { get; private set; }

    /// <summary>
    /// The problem with a key, if any: a period already in this series, or (for dates and numbers) one that
    /// comes before the period above it. Increasing keys, the usual case, need no lookup; the index of seen
    /// keys is built only when a key fails to increase, or always for labels, which have no order.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? Check(SpcKey key, bool ordered)
    {
        if (_keys.Count == 0)
        {
            return null;
        }

        var previous = _keys[^1];
        if (ordered && key > previous)
        {
            return null;
        }

        if (_seen is null)
        {
            _seen = new Dictionary<SpcKey, int>(_keys.Count * 2);
            for (var i = 0; i < _keys.Count; i++)
            {
                _seen.TryAdd(_keys[i], i);
            }
        }

        if (_seen.TryGetValue(key, out var index))
        {
            return $"period {key} appears twice in {Describe()}: rows {_rows[index]} and this one";
        }

        return ordered
            ? $"period {key} comes after {previous} (row {_rows[^1]}); the rows must be in time order, so sort the file by {(name.Length > 0 ? "series and " : string.Empty)}period"
            : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(SpcKey key, int row, double? value, double? denominator)
    {
        _seen?.TryAdd(key, _keys.Count);
        _keys.Add(key);
        _rows.Add(row);
        _values.Add(value);
        _denominators?.Add(denominator);
        HasValues |= value is not null && (_denominators is null || denominator is not null);
    }

    public SpcSeries Build(string displayName) =>
        new(displayName, _keys.ToArray(), _values.ToArray(), _denominators?.ToArray());

    public string Describe() => name.Length > 0 ? $"series {name}" : "the series";
}
