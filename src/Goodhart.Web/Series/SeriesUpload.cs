using Goodhart.Data.Spc;
using Goodhart.Input;

namespace Goodhart.Web.Series;

/// <summary>
/// Reads an uploaded series file with the library's reader. The upload is streamed to a private temporary folder
/// under the user's file name (the reader decides the format by the extension and names the file in its messages),
/// and deleted when read.
/// </summary>
public static class SeriesUpload
{
    /// <summary>The points of the file, or every problem, each naming its row and column.</summary>
    /// <param name="input">The form.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    public static async Task<(IReadOnlyList<SeriesPoint>? Points, IReadOnlyList<string> Problems)> ReadAsync(SeriesUploadInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<string>();
        if (input.File is null)
        {
            problems.Add("Choose a CSV or XLSX file to upload.");
        }
        else if (input.File.Length > SeriesLimits.UploadBytes)
        {
            problems.Add($"The file is {input.File.Length / 1024} KiB; the largest accepted is {SeriesLimits.UploadBytes / 1024} KiB.");
        }

        if (string.IsNullOrWhiteSpace(input.DateColumn))
        {
            problems.Add("Name the column that holds each period's date.");
        }

        if (string.IsNullOrWhiteSpace(input.ValueColumn))
        {
            problems.Add("Name the column that holds each period's value.");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var folder = Directory.CreateTempSubdirectory("goodhart-upload-");
        try
        {
            var name = SafeFileName(input.File!.FileName);
            var path = Path.Combine(folder.FullName, name);
            await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await input.File.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }

            var denominator = string.IsNullOrWhiteSpace(input.DenominatorColumn) ? null : input.DenominatorColumn.Trim();
            var read = SeriesReader.Read(path, new SeriesColumns(input.ValueColumn!.Trim(), input.DateColumn!.Trim(), denominator));
            if (read.Value is not { } all)
            {
                return (null, [.. read.Problems.Select(Describe)]);
            }

            var series = all[0];
            if (series.Keys.Count > 0 && !series.Keys[0].IsDate)
            {
                return (null, [$"{name}: column {input.DateColumn!.Trim()}: the periods are not dates (the first is '{series.Keys[0]}'); write them as yyyy-mm-dd."]);
            }

            var points = new List<SeriesPoint>(series.Keys.Count);
            for (var i = 0; i < series.Keys.Count; i++)
            {
                // A missing value keeps its place on a chart read from a file; the stored series simply has no entry then.
                if (series.Values[i] is { } value && (series.Denominators is null || series.Denominators[i] is not null))
                {
                    points.Add(new SeriesPoint(series.Keys[i].Date!.Value, value, series.Denominators?[i]));
                }
            }

            return (points, []);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Describe(InputProblem problem)
    {
        var where = problem.Line > 0 ? $"row {problem.Line}" : "";
        var column = problem.Field.Length > 0 ? $"column {problem.Field}" : "";
        var place = string.Join(", ", new[] { where, column }.Where(s => s.Length > 0));
        return place.Length > 0 ? $"{problem.Source}, {place}: {problem.Message}" : $"{problem.Source}: {problem.Message}";
    }

    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var safe = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or ' ' ? c : '_')]).Trim().TrimStart('.');
        return safe.Length == 0 ? "upload" : safe.Length > 100 ? safe[^100..] : safe;
    }
}
