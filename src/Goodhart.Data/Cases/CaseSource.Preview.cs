using System.Data.Common;
using System.Globalization;
using Goodhart.Input;

namespace Goodhart.Data.Cases;

public sealed partial class CaseSource
{
    /// <summary>
    /// The first rows of the log as text, as the engine reads them (so a file that cannot be read fails here with the
    /// engine's reason): times as ISO 8601, numbers in the invariant culture.
    /// </summary>
    /// <param name="rows">How many rows at most (1 to 1,000).</param>
    /// <returns>The preview, or the problem when the rows cannot be read.</returns>
    public Loaded<CasePreview> Preview(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rows, 1000);
        try
        {
            using var command = Command($"SELECT * FROM {_from} LIMIT {rows.ToString(CultureInfo.InvariantCulture)}", new Dictionary<string, object?>());
            using var reader = command.ExecuteReader();
            var read = new List<IReadOnlyList<string?>>();
            while (reader.Read())
            {
                var cells = new string?[reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = reader.IsDBNull(i) ? null : Text(reader.GetValue(i));
                }

                read.Add(cells);
            }

            return Loaded<CasePreview>.Ok(new CasePreview(Columns, read));
        }
        catch (DbException e)
        {
            return Loaded<CasePreview>.Failed([new InputProblem(Source, 0, string.Empty, $"the rows cannot be read: {FirstLine(e.Message)}")]);
        }
    }

    private static string Text(object value) => value switch
    {
        DateTime time => time.ToString(time.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm:sszzz", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
