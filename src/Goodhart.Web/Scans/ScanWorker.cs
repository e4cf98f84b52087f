using Goodhart.Data.Cases;
using Goodhart.Data.Scan;
using Goodhart.Reports;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Scan;
using Goodhart.Store;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Web.Scans;

/// <summary>
/// Runs queued scans one at a time in the background, with the same runner and report writers as <c>goodhart scan</c>,
/// and records each step in the database as it starts so the pages and the API can show progress. At start, scans
/// left waiting are queued again and scans that were running when the app stopped are marked failed, saying so.
/// </summary>
internal sealed partial class ScanWorker(ScanQueue queue, IServiceScopeFactory scopes, ScanFolders folders, TimeProvider clock, ILogger<ScanWorker> log) : BackgroundService
{
    /// <summary>The step after the runner's: writing the reports.</summary>
    public const string WritingStage = "Writing the reports";

    public const string InterruptedReason =
        "The app stopped while this scan was running, so it did not finish. Nothing is wrong with the file as far as we know: send the mapping again to run it.";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverAsync(stoppingToken).ConfigureAwait(false);
        await foreach (var id in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
        {
            // The runner is synchronous (DuckDB); run it off the host's thread.
            await Task.Run(() => Run(id), stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GoodhartDbContext>();
        var left = await db.ScanJobs.Where(j => j.Status == ScanJobStatus.Queued || j.Status == ScanJobStatus.Running)
            .OrderBy(j => j.CreatedAt).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var job in left)
        {
            if (job.Status == ScanJobStatus.Running)
            {
                job.Status = ScanJobStatus.Failed;
                job.Error = InterruptedReason;
                job.Stage = null;
                job.FinishedAt = clock.GetUtcNow().UtcDateTime;
            }
            else
            {
                queue.Enqueue(job.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Run(Guid id)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GoodhartDbContext>();
        var job = db.ScanJobs.FirstOrDefault(j => j.Id == id);
        if (job is null || job.Status != ScanJobStatus.Queued || ScanJobs.MappingOf(job) is not { } text)
        {
            return;
        }

        job.Status = ScanJobStatus.Running;
        job.StartedAt = clock.GetUtcNow().UtcDateTime;
        job.Stage = ScanRunner.Stages[0];
        job.Progress = 0;
        if (!Save(db))
        {
            return;
        }

        try
        {
            var outcome = Scan(db, job, text);
            job.Status = outcome is null ? ScanJobStatus.Done : ScanJobStatus.Failed;
            job.Error = outcome;
            job.Progress = outcome is null ? 100 : job.Progress;
        }
#pragma warning disable CA1031 // The worker's outer boundary: any failure becomes the scan's reason, and the worker goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailure(log, e, id);
            job.Status = ScanJobStatus.Failed;
            job.Error = Limit($"The scan stopped because of an error on our side, not a problem with the file: {e.Message}");
        }

        job.Stage = null;
        job.FinishedAt = clock.GetUtcNow().UtcDateTime;
        if (!Save(db) || !db.ScanJobs.AsNoTracking().Any(j => j.Id == id))
        {
            // Deleted while it ran: whatever was written after the delete goes too.
            folders.Delete(id);
        }
    }

    /// <summary>Runs the scan and writes its reports; returns why it failed, or <c>null</c>.</summary>
    private string? Scan(GoodhartDbContext db, ScanJob job, ScanMappingText text)
    {
        var mapped = text.ToMapping(key => ScanMappingInput.Labels.TryGetValue(key, out var label) ? label : key);
        if (mapped.Value is not { } mapping)
        {
            return Limit("The mapping cannot be used: " + string.Join(" ", mapped.Problems.Select(p => p.Message)));
        }

        var opened = CaseSource.Open(folders.File(job.Id, job.StoredFileName));
        if (opened.Value is not { } source)
        {
            return Limit("The file could not be opened: " + string.Join(" ", opened.Problems.Select(p => ScanJobs.Describe(p, job.FileName))));
        }

        Goodhart.Input.Loaded<Goodhart.Scan.ScanResult> run;
        using (source)
        {
            var steps = ScanRunner.Stages.Count + 1;
            run = ScanRunner.Run(source, mapping, progress: new StageRecorder(stage =>
            {
                job.Stage = stage.Name;
                job.Progress = 100 * stage.Index / steps;
                Save(db);
            }));
        }

        if (run.Value is not { } result)
        {
            return Limit("The scan could not run on this file with this mapping: " + string.Join(" ", run.Problems.Select(p => ScanJobs.Describe(p, job.FileName))));
        }

        job.Stage = WritingStage;
        job.Progress = 100 * ScanRunner.Stages.Count / (ScanRunner.Stages.Count + 1);
        Save(db);
        var settings = ScanMappingText.Describe(mapping).Select(s => new ScanSetting(s.Key, s.Label, s.Value)).ToList();
        var report = new ScanReport(result, job.FileName, settings, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        Directory.CreateDirectory(folders.Folder(job.Id));
        foreach (var format in new[] { ReportFormat.Pdf, ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json })
        {
            ScanReportWriter.Write(report, format, folders.Report(job.Id, format));
        }

        foreach (var finding in result.Findings)
        {
            if (finding.Chart is { } chart)
            {
                var spec = new FindingChartSpec(chart);
                File.WriteAllText(folders.Chart(job.Id, finding.Code), ChartRenderer.ToSvg(spec, 800, ChartRenderer.PreferredHeight(spec), "chart-" + finding.Code));
            }
        }

        job.FindingsJson = ScanJson.Write(report);
        return null;
    }

    /// <summary>Saves the job; when it was deleted meanwhile, removes what was written for it and says so.</summary>
    private bool Save(GoodhartDbContext db)
    {
        try
        {
            db.SaveChanges();
            return true;
        }
        catch (DbUpdateConcurrencyException e)
        {
            // Deleted while it ran: nothing more to record, and nothing of it may stay on disk.
            foreach (var entry in e.Entries)
            {
                if (entry.Entity is ScanJob gone)
                {
                    folders.Delete(gone.Id);
                }

                entry.State = EntityState.Detached;
            }

            return false;
        }
    }

    private static string Limit(string text) => text.Length <= StoreLimits.LongText ? text : text[..(StoreLimits.LongText - 1)] + "…";

    [LoggerMessage(Level = LogLevel.Error, Message = "Scan {Id} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, Guid id);

    /// <summary>Records each step as it starts, on the runner's thread.</summary>
    private sealed class StageRecorder(Action<ScanStage> record) : IProgress<ScanStage>
    {
        public void Report(ScanStage value) => record(value);
    }
}
