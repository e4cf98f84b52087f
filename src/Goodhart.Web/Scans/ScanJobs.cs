using System.Text.Json;
using Goodhart.Data.Cases;
using Goodhart.Data.Scan;
using Goodhart.Input;
using Goodhart.Store;
using Goodhart.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Goodhart.Web.Scans;

/// <summary>
/// Scans as the pages and the API use them: an upload stored and checked, a mapping checked against the file and
/// queued, a scan deleted with its files.
/// </summary>
/// <param name="db">The database.</param>
/// <param name="folders">Where the files go.</param>
/// <param name="queue">The background worker's queue.</param>
/// <param name="options">The app's options (the upload limit).</param>
/// <param name="clock">The app's clock.</param>
public sealed class ScanJobs(GoodhartDbContext db, ScanFolders folders, ScanQueue queue, IOptions<GoodhartWebOptions> options, TimeProvider clock)
{
    /// <summary>How many rows the mapping page shows.</summary>
    public const int PreviewRows = 10;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long UploadLimit => options.Value.EffectiveScanUploadLimit;

    /// <summary>Every scan, newest first.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<IReadOnlyList<ScanJob>> ListAsync(CancellationToken cancellationToken) =>
        await db.ScanJobs.AsNoTracking().OrderByDescending(j => j.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>One scan, or <c>null</c>.</summary>
    /// <param name="id">The scan's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public async Task<ScanJob?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.ScanJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Streams an upload to the scan's folder under a name the server makes, refusing it past the limit, then checks
    /// by its content that it is a CSV, Parquet or XLSX file the scan can read. Nothing is kept of a refused file.
    /// </summary>
    /// <param name="content">The file's bytes, read once.</param>
    /// <param name="fileName">The file name as sent, kept for display only.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    public async Task<UploadOutcome> UploadAsync(Stream content, string? fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var shown = DisplayName(fileName);
        var id = Guid.NewGuid();
        var folder = Directory.CreateDirectory(folders.Folder(id));
        var partial = Path.Combine(folder.FullName, "upload.part");
        var kept = false;
        try
        {
            long size = 0;
            await using (var target = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    size += read;
                    if (size > UploadLimit)
                    {
                        return new UploadOutcome.TooLarge(UploadLimit);
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }
            }

            if (size == 0)
            {
                return new UploadOutcome.Refused([$"{shown}: the file is empty. Choose the case file again."]);
            }

            var kind = CaseFileSniffer.Detect(partial);
            if (kind == CaseFileKind.Unknown)
            {
                return new UploadOutcome.Refused([
                    $"{shown}: this is not a case file the scan can read. Its content is not a text table (CSV, TSV or TXT in UTF-8), a Parquet file or an Excel workbook (XLSX), whatever its name says."]);
            }

            var stored = ScanFolders.UploadName(kind);
            File.Move(partial, folders.File(id, stored));
            var problems = Check(folders.File(id, stored), shown);
            if (problems.Count > 0)
            {
                return new UploadOutcome.Refused(problems);
            }

            var job = new ScanJob
            {
                Id = id,
                FileName = shown,
                StoredFileName = stored,
                Size = size,
                Status = ScanJobStatus.Uploaded,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.ScanJobs.Add(job);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            kept = true;
            return new UploadOutcome.Stored(job);
        }
        finally
        {
            if (!kept)
            {
                folders.Delete(id);
            }
        }
    }

    /// <summary>The first rows of a scan's file, or the problem reading them.</summary>
    /// <param name="job">The scan.</param>
    public Loaded<CasePreview> Preview(ScanJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var opened = CaseSource.Open(folders.File(job.Id, job.StoredFileName));
        if (opened.Value is not { } source)
        {
            return Loaded<CasePreview>.Failed(opened.Problems);
        }

        using (source)
        {
            return source.Preview(PreviewRows);
        }
    }

    /// <summary>The mapping last sent for a scan, or <c>null</c>.</summary>
    /// <param name="job">The scan.</param>
    public static ScanMappingText? MappingOf(ScanJob job) =>
        job?.MappingJson is { } json ? JsonSerializer.Deserialize<ScanMappingText>(json) : null;

    /// <summary>
    /// Checks a mapping with the same rules as <c>goodhart scan</c> and against the file's columns; when it is good,
    /// saves it and queues the scan (a scan that ran or failed runs again, its old reports removed).
    /// </summary>
    /// <param name="id">The scan's id.</param>
    /// <param name="input">The mapping as sent.</param>
    /// <param name="cancellationToken">Stops the save.</param>
    /// <returns>The outcome and, when invalid, the messages by option key.</returns>
    public async Task<(MapOutcome Outcome, IReadOnlyDictionary<string, string[]> Errors)> MapAsync(Guid id, ScanMappingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var job = await db.ScanJobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return (MapOutcome.NotFound, new Dictionary<string, string[]>());
        }

        if (job.Status is ScanJobStatus.Queued or ScanJobStatus.Running)
        {
            return (MapOutcome.Busy, new Dictionary<string, string[]>());
        }

        var text = input.ToText();
        var mapped = text.ToMapping(key => ScanMappingInput.Labels.TryGetValue(key, out var label) ? label : key);
        var problems = new List<InputProblem>(mapped.Problems);
        problems.AddRange(CheckColumns(job, text));

        if (problems.Count > 0)
        {
            var errors = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => Sentence(p.Message)).ToArray());
            return (MapOutcome.Invalid, errors);
        }

        folders.ClearOutputs(job.Id, job.StoredFileName);
        job.MappingJson = JsonSerializer.Serialize(text);
        job.Status = ScanJobStatus.Queued;
        job.Stage = "Waiting to start";
        job.Progress = 0;
        job.Error = null;
        job.FindingsJson = null;
        job.StartedAt = null;
        job.FinishedAt = null;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        queue.Enqueue(job.Id);
        return (MapOutcome.Queued, new Dictionary<string, string[]>());
    }

    /// <summary>Deletes a scan with its uploaded file and its reports.</summary>
    /// <param name="id">The scan's id.</param>
    /// <param name="cancellationToken">Stops the delete.</param>
    /// <returns>Whether there was such a scan.</returns>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = await db.ScanJobs.Where(j => j.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        // A scan still running keeps the file open; the worker removes whatever it writes after this (see ScanWorker).
        folders.Delete(id);
        return deleted > 0;
    }

    /// <summary>A problem as one sentence naming the file, its row and its column where known.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="fileName">The file as the user named it.</param>
    public static string Describe(InputProblem problem, string fileName)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var where = problem.Line > 0 ? $"row {problem.Line}" : "";
        var column = problem.Field.Length > 0 ? $"column {problem.Field}" : "";
        var place = string.Join(", ", new[] { where, column }.Where(s => s.Length > 0));
        var text = place.Length > 0 ? $"{fileName}, {place}: {problem.Message}" : $"{fileName}: {problem.Message}";
        return text.EndsWith('.') ? text : text + ".";
    }

    private List<string> Check(string path, string shown)
    {
        var opened = CaseSource.Open(path);
        if (opened.Value is not { } source)
        {
            return [.. opened.Problems.Select(p => Describe(p, shown))];
        }

        using (source)
        {
            var preview = source.Preview(PreviewRows);
            if (preview.Value is not { } rows)
            {
                return [.. preview.Problems.Select(p => Describe(p, shown))];
            }

            return rows.Rows.Count == 0 ? [$"{shown}: the file has a header but no rows, so there are no cases to scan."] : [];
        }
    }

    private List<InputProblem> CheckColumns(ScanJob job, ScanMappingText text)
    {
        var opened = CaseSource.Open(folders.File(job.Id, job.StoredFileName));
        if (opened.Value is not { } source)
        {
            return [.. opened.Problems.Select(p => new InputProblem("", 0, "start", Describe(p, job.FileName)))];
        }

        using (source)
        {
            var problems = new List<InputProblem>();
            foreach (var (key, column) in text.Columns())
            {
                foreach (var problem in source.Column(column, ScanMappingInput.Labels[key].ToLowerInvariant()).Problems)
                {
                    problems.Add(new InputProblem("", 0, key, problem.Message));
                }
            }

            return problems;
        }
    }

    private static string Sentence(string message) =>
        message.Length == 0 ? message : char.ToUpperInvariant(message[0]) + message[1..] + (message.EndsWith('.') ? "" : ".");

    /// <summary>The file name as sent, reduced to a name to show: no control characters, at most 255 characters.</summary>
    private static string DisplayName(string? fileName)
    {
        // Browsers send the name alone; it is shown, never used as a path, so it is kept as given but for control characters.
        var name = new string([.. (fileName ?? "").Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            return "upload";
        }

        return name.Length > Goodhart.Store.StoreLimits.FileName ? name[..Goodhart.Store.StoreLimits.FileName] : name;
    }
}
