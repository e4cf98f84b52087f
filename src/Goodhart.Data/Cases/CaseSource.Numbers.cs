using System.Data.Common;
using Goodhart.Input;
using Goodhart.Statistics.Digits;

namespace Goodhart.Data.Cases;

/// <content>Raw numeric columns for the statistics that need every value (density test, bunching, digit tests).</content>
public sealed partial class CaseSource
{
    /// <summary>The batch size of <see cref="StreamNumbers"/> unless one is given.</summary>
    public const int DefaultBatchSize = 65_536;

    /// <summary>
    /// Streams the numbers of one column in file order, a batch at a time, so a caller that only accumulates never
    /// holds the column. Empty cells are skipped and counted, so are cells that are not finite numbers.
    /// </summary>
    /// <param name="column">The column's name as the user gave it.</param>
    /// <param name="onBatch">Called with each batch of values; the span is only valid during the call.</param>
    /// <param name="batchSize">At most this many values per batch.</param>
    /// <returns>The column with the counts of what was skipped (its <see cref="NumericColumn.Values"/> empty), or the problems.</returns>
    public Loaded<NumericColumn> StreamNumbers(string column, Action<ReadOnlySpan<double>> onBatch, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(onBatch);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var found = Column(column);
        if (found.Value is not { } resolved)
        {
            return Loaded<NumericColumn>.Failed(found.Problems);
        }

        var quoted = _dialect.QuoteIdentifier(resolved.Name);
        var sql = $"""
            SELECT v, CASE WHEN v IS NULL THEN {_dialect.AsText("raw")} END AS t
            FROM (SELECT {quoted} AS raw, {_dialect.TryDouble(quoted)} AS v FROM {_from}) AS q
            """;
        var buffer = new double[batchSize];
        var filled = 0;
        long nulls = 0, invalid = 0;
        var examples = new List<string>();
        try
        {
            using var command = Command(sql, new Dictionary<string, object?>());
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(0))
                {
                    buffer[filled++] = reader.GetDouble(0);
                    if (filled == buffer.Length)
                    {
                        onBatch(buffer);
                        filled = 0;
                    }
                }
                else if (reader.IsDBNull(1) || string.IsNullOrWhiteSpace(reader.GetString(1)))
                {
                    nulls++;
                }
                else
                {
                    invalid++;
                    if (examples.Count < ExampleCount)
                    {
                        examples.Add(reader.GetString(1).Trim());
                    }
                }
            }
        }
        catch (DbException e)
        {
            return Loaded<NumericColumn>.Failed([new InputProblem(Source, 0, resolved.Name, $"the file cannot be read: {FirstLine(e.Message)}")]);
        }

        if (filled > 0)
        {
            onBatch(buffer.AsSpan(0, filled));
        }

        return Loaded<NumericColumn>.Ok(new NumericColumn(resolved.Name, [], nulls, invalid, examples));
    }

    /// <summary>Reads the numbers of one column, in file order, through <see cref="StreamNumbers"/>.</summary>
    /// <param name="column">The column's name as the user gave it.</param>
    /// <returns>The values with the counts of what was skipped, or the problems (unknown column, no number at all).</returns>
    public Loaded<NumericColumn> ReadNumbers(string column)
    {
        var values = new List<double>();
        var streamed = StreamNumbers(column, batch => values.AddRange(batch));
        if (streamed.Value is not { } read)
        {
            return streamed;
        }

        if (values.Count == 0)
        {
            var why = read.Invalid > 0
                ? $"none of its cells is a number (e.g. {string.Join(", ", read.InvalidExamples.Select(e => $"'{e}'"))}); expected numbers such as 12 or 3.5"
                : "the column has no values";
            return Loaded<NumericColumn>.Failed([new InputProblem(Source, 0, read.Column, why)]);
        }

        return Loaded<NumericColumn>.Ok(read with { Values = values });
    }

    /// <summary>
    /// Counts the numbers of one column by whole value (the floor of each), computed by the engine: the input of
    /// the heaping indices, where durations or ages are whole units.
    /// </summary>
    /// <param name="column">The column's name as the user gave it.</param>
    /// <returns>Counts in increasing order of value, or the problems.</returns>
    public Loaded<IReadOnlyList<ValueCount>> WholeValueCounts(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var found = Column(column);
        if (found.Value is not { } resolved)
        {
            return Loaded<IReadOnlyList<ValueCount>>.Failed(found.Problems);
        }

        var value = _dialect.TryDouble(_dialect.QuoteIdentifier(resolved.Name));
        var sql = $"""
            SELECT {_dialect.FloorToInteger("v")} AS k, count(*) AS n
            FROM (SELECT {value} AS v FROM {_from}) AS q
            WHERE v IS NOT NULL AND v >= {_dialect.Placeholder("lowest")} AND v < {_dialect.Placeholder("highest")}
            GROUP BY 1 ORDER BY 1
            """;
        var counts = new List<ValueCount>();
        try
        {
            using var command = Command(sql, new Dictionary<string, object?> { ["lowest"] = (double)int.MinValue, ["highest"] = (double)int.MaxValue });
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                counts.Add(new ValueCount((int)reader.GetInt64(0), reader.GetInt64(1)));
            }
        }
        catch (DbException e)
        {
            return Loaded<IReadOnlyList<ValueCount>>.Failed([new InputProblem(Source, 0, resolved.Name, $"the file cannot be read: {FirstLine(e.Message)}")]);
        }

        return counts.Count > 0
            ? Loaded<IReadOnlyList<ValueCount>>.Ok(counts)
            : Loaded<IReadOnlyList<ValueCount>>.Failed([new InputProblem(Source, 0, resolved.Name, "the column holds no numbers")]);
    }
}
