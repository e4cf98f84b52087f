using Goodhart.Registry;
using Goodhart.Spc;
using Goodhart.Store.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Goodhart.Store.Tests;

/// <summary>The one migration set, applied to a fresh SQLite file and to a fresh PostgreSQL database.</summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Engines => new() { "sqlite", "postgres" };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryMigrationAndLeavesNoModelChangesPending(string engine)
    {
        using var database = TestDatabase.Create(engine);
        await using var context = database.Open();

        await GoodhartStore.MigrateAsync(context);

        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        // The snapshot has no column types; each engine must still find the model unchanged by it.
        Assert.False(context.Database.HasPendingModelChanges(), $"{engine}: the model differs from the migrations' snapshot");
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task MigrateAsync_RunTwice_IsANoOp(string engine)
    {
        using var database = TestDatabase.Create(engine);
        await using (var first = database.Open())
        {
            await GoodhartStore.MigrateAsync(first);
        }

        await using var second = database.Open();
        await GoodhartStore.MigrateAsync(second);

        Assert.Equal(second.Database.GetMigrations(), await second.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task MigrateAsync_Sqlite_PutsTheFileInWriteAheadLogMode()
    {
        using var database = TestDatabase.Sqlite();
        await using (var context = database.Open())
        {
            await GoodhartStore.MigrateAsync(context);
        }

        await using var reopened = database.Open();
        var mode = await reopened.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync();

        Assert.Equal("wal", Assert.Single(mode));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Measure_EveryFieldAndLink_RoundTripsUnchanged(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var balancing = new Measure
        {
            Id = Guid.NewGuid(),
            Name = "Repeat calls within 7 days",
            Cadence = ReviewCadence.Monthly,
            CreatedOn = new DateOnly(2026, 1, 31),
        };
        var measure = new Measure
        {
            Id = Guid.NewGuid(),
            Name = "Calls answered within 20 seconds — ‘crisis line’ <b>",
            Definition = "Share of calls offered to the crisis line that a person answers within 20 seconds.",
            Formula = "answered within 20 s / calls offered, abandoned under 5 s excluded",
            Unit = "% of calls",
            Direction = ImprovementDirection.Increase,
            Owner = "Service manager, Ana Løvlie",
            Cadence = ReviewCadence.Weekly,
            Purpose = "Callers in crisis reach a person quickly.",
            BehaviourToReinforce = "Staff pick up quickly and stay with a caller as long as needed.",
            DecisionInformed = "How many call handlers to roster each shift.",
            Outcome = "Callers giving up before they reach anyone.",
            OutcomeAim = OutcomeAim.Prevent,
            Timing = IndicatorTiming.Leading,
            Role = MeasureRole.Process,
            TargetValue = 0.95,
            TargetRationale = "The commissioner's standard.",
            TargetAttachment = TargetAttachment.Pay,
            CreatedOn = new DateOnly(2026, 2, 28),
            LastReviewedOn = new DateOnly(2026, 11, 16),
            BalancingLinks = [new BalancingLink { BalancingMeasureId = balancing.Id }],
        };
        await using (var context = database.Open())
        {
            await GoodhartStore.MigrateAsync(context);
            context.Measures.AddRange(balancing, measure);
            await context.SaveChangesAsync();
        }

        await using var reader = database.Open();
        var read = await reader.Measures.Include(m => m.BalancingLinks).SingleAsync(m => m.Id == measure.Id);
        var readBalancing = await reader.Measures.Include(m => m.BalancingLinks).SingleAsync(m => m.Id == balancing.Id);

        Assert.Equal(
            (measure.Name, measure.Definition, measure.Formula, measure.Unit, measure.Direction, measure.Owner, measure.Cadence),
            (read.Name, read.Definition, read.Formula, read.Unit, read.Direction, read.Owner, read.Cadence));
        Assert.Equal(
            (measure.Purpose, measure.BehaviourToReinforce, measure.DecisionInformed, measure.Outcome, measure.OutcomeAim, measure.Timing, measure.Role),
            (read.Purpose, read.BehaviourToReinforce, read.DecisionInformed, read.Outcome, read.OutcomeAim, read.Timing, read.Role));
        Assert.Equal(
            (measure.TargetValue, measure.TargetRationale, measure.TargetAttachment, measure.CreatedOn, measure.LastReviewedOn),
            (read.TargetValue, read.TargetRationale, read.TargetAttachment, read.CreatedOn, read.LastReviewedOn));
        Assert.Equal(balancing.Id, Assert.Single(read.BalancingLinks).BalancingMeasureId);
        Assert.Equal((balancing.Name, balancing.Cadence, balancing.CreatedOn), (readBalancing.Name, readBalancing.Cadence, readBalancing.CreatedOn));
        Assert.Null(readBalancing.Definition);
        Assert.Null(readBalancing.TargetValue);
        Assert.Null(readBalancing.OutcomeAim);
        Assert.Empty(readBalancing.BalancingLinks);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task StressTestSession_EveryField_RoundTripsUnchanged(string engine)
    {
        using var database = TestDatabase.Create(engine);
        // Longer than any length-limited column, with characters outside ASCII: the answers column has no limit.
        var answers = "{\"context\": {\"measure\": \"Wartezeit — ‘Notaufnahme’\"}, \"reflections\": \"" + new string('x', 20_000) + "\"}";
        var session = new StressTestSession
        {
            Id = Guid.NewGuid(),
            MeasureName = "Wartezeit — ‘Notaufnahme’ <b>",
            Role = "frontline",
            AnswersJson = answers,
            StartedOn = new DateOnly(2026, 11, 20),
            UpdatedOn = new DateOnly(2026, 11, 23),
        };
        var anonymous = new StressTestSession { Id = Guid.NewGuid(), MeasureName = "B", AnswersJson = "{}", StartedOn = new DateOnly(2026, 1, 1), UpdatedOn = new DateOnly(2026, 1, 1) };
        await using (var context = database.Open())
        {
            await GoodhartStore.MigrateAsync(context);
            context.StressTestSessions.AddRange(session, anonymous);
            await context.SaveChangesAsync();
        }

        await using var reader = database.Open();
        var read = await reader.StressTestSessions.SingleAsync(s => s.Id == session.Id);

        Assert.Equal(
            (session.MeasureName, session.Role, session.AnswersJson, session.StartedOn, session.UpdatedOn),
            (read.MeasureName, read.Role, read.AnswersJson, read.StartedOn, read.UpdatedOn));
        Assert.Null((await reader.StressTestSessions.SingleAsync(s => s.Id == anonymous.Id)).Role);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Measure_Deleted_TakesItsLinksBothWays(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var a = new Measure { Id = Guid.NewGuid(), Name = "A", CreatedOn = new DateOnly(2026, 1, 1) };
        var b = new Measure { Id = Guid.NewGuid(), Name = "B", CreatedOn = new DateOnly(2026, 1, 1), BalancingLinks = [new BalancingLink { BalancingMeasureId = a.Id }] };
        var c = new Measure { Id = Guid.NewGuid(), Name = "C", CreatedOn = new DateOnly(2026, 1, 1), BalancingLinks = [new BalancingLink { BalancingMeasureId = a.Id }] };
        await using (var context = database.Open())
        {
            await GoodhartStore.MigrateAsync(context);
            context.Measures.AddRange(a, b, c);
            await context.SaveChangesAsync();
        }

        await using (var context = database.Open())
        {
            await context.Measures.Where(m => m.Id == a.Id).ExecuteDeleteAsync();
        }

        await using var reader = database.Open();
        Assert.Equal(0, await reader.BalancingLinks.CountAsync());
        Assert.Equal(2, await reader.Measures.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Measure_DuplicateName_IsRejectedByTheDatabase(string engine)
    {
        using var database = TestDatabase.Create(engine);
        await using var context = database.Open();
        await GoodhartStore.MigrateAsync(context);
        context.Measures.AddRange(
            new Measure { Id = Guid.NewGuid(), Name = "Same", CreatedOn = new DateOnly(2026, 1, 1) },
            new Measure { Id = Guid.NewGuid(), Name = "Same", CreatedOn = new DateOnly(2026, 1, 1) });

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ScanJob_EveryField_RoundTripsUnchanged(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var findings = "{\"findings\": [], \"note\": \"" + new string('x', 20_000) + " — ‘ü’\"}";
        var job = new ScanJob
        {
            Id = Guid.NewGuid(),
            FileName = "<script>alert(1)</script> — ‘Fälle’.csv",
            StoredFileName = "upload.csv",
            Size = 5L * 1024 * 1024 * 1024,
            MappingJson = "{\"Start\":\"arrival\"}",
            Status = ScanJobStatus.Failed,
            Stage = "Counting repeat contacts",
            Progress = 71,
            Error = "The app stopped while this scan was running.",
            FindingsJson = findings,
            CreatedAt = new DateTime(2026, 11, 23, 9, 15, 30, DateTimeKind.Utc),
            StartedAt = new DateTime(2026, 11, 23, 9, 16, 0, DateTimeKind.Utc),
            FinishedAt = new DateTime(2026, 11, 23, 9, 18, 45, DateTimeKind.Utc),
        };
        var fresh = new ScanJob { Id = Guid.NewGuid(), FileName = "b.parquet", StoredFileName = "upload.parquet", CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };
        await using (var context = database.Open())
        {
            await GoodhartStore.MigrateAsync(context);
            context.ScanJobs.AddRange(job, fresh);
            await context.SaveChangesAsync();
        }

        await using var reader = database.Open();
        var read = await reader.ScanJobs.SingleAsync(j => j.Id == job.Id);
        var readFresh = await reader.ScanJobs.SingleAsync(j => j.Id == fresh.Id);

        Assert.Equal(
            (job.FileName, job.StoredFileName, job.Size, job.MappingJson, job.Status, job.Stage, job.Progress, job.Error, job.FindingsJson),
            (read.FileName, read.StoredFileName, read.Size, read.MappingJson, read.Status, read.Stage, read.Progress, read.Error, read.FindingsJson));
        Assert.Equal((job.CreatedAt, job.StartedAt, job.FinishedAt), (DateTime.SpecifyKind(read.CreatedAt, DateTimeKind.Utc), Utc(read.StartedAt), Utc(read.FinishedAt)));
        Assert.Equal((ScanJobStatus.Uploaded, (string?)null, (DateTime?)null), (readFresh.Status, readFresh.MappingJson, readFresh.StartedAt));
        Assert.Equal([job.Id, fresh.Id], await reader.ScanJobs.OrderByDescending(j => j.CreatedAt).Select(j => j.Id).ToListAsync());
    }

    private static DateTime? Utc(DateTime? time) => time is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SeriesValue_EveryField_RoundTripsAndGoesWithItsMeasure(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var measure = new Measure { Id = Guid.NewGuid(), Name = "Waits", CreatedOn = new DateOnly(2026, 1, 1) };
        var withDenominator = new SeriesValue { Id = Guid.NewGuid(), MeasureId = measure.Id, Period = new DateOnly(2026, 2, 1), Value = 0.1 + 0.2, Denominator = 1234.5 };
        var alone = new SeriesValue { Id = Guid.NewGuid(), MeasureId = measure.Id, Period = new DateOnly(2026, 3, 1), Value = -1e-300 };
        await using (var context = database.Open())
        {
            await GoodhartStore.MigrateAsync(context);
            context.Measures.Add(measure);
            context.SeriesValues.AddRange(withDenominator, alone);
            await context.SaveChangesAsync();
        }

        await using (var reader = database.Open())
        {
            var read = await reader.SeriesValues.OrderBy(v => v.Period).ToListAsync();
            Assert.Equal(2, read.Count);
            Assert.Equal((withDenominator.Id, measure.Id, withDenominator.Period, 0.1 + 0.2, (double?)1234.5), (read[0].Id, read[0].MeasureId, read[0].Period, read[0].Value, read[0].Denominator));
            Assert.Equal((alone.Id, alone.Period, -1e-300, (double?)null), (read[1].Id, read[1].Period, read[1].Value, read[1].Denominator));
            await reader.Measures.Where(m => m.Id == measure.Id).ExecuteDeleteAsync();
        }

        await using var after = database.Open();
        Assert.Equal(0, await after.SeriesValues.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SeriesValue_SamePeriodTwice_IsRejectedByTheDatabase(string engine)
    {
        using var database = TestDatabase.Create(engine);
        await using var context = database.Open();
        await GoodhartStore.MigrateAsync(context);
        var measure = new Measure { Id = Guid.NewGuid(), Name = "Waits", CreatedOn = new DateOnly(2026, 1, 1) };
        context.Measures.Add(measure);
        context.SeriesValues.AddRange(
            new SeriesValue { Id = Guid.NewGuid(), MeasureId = measure.Id, Period = new DateOnly(2026, 2, 1), Value = 1 },
            new SeriesValue { Id = Guid.NewGuid(), MeasureId = measure.Id, Period = new DateOnly(2026, 2, 1), Value = 2 });

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }
}
