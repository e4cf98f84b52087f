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

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task StressTeam_EveryFieldAndItsSessions_RoundTrip_AndDeletingTheCardKeepsThem(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var measure = new Measure { Id = Guid.NewGuid(), Name = "Discharges before noon", CreatedOn = new DateOnly(2026, 1, 1) };
        var team = new StressTeam { Id = Guid.NewGuid(), MeasureName = "Discharges before noon — ward 7 <b>", MeasureId = measure.Id, StartedOn = new DateOnly(2026, 11, 2) };
        var session = new StressTestSession
        {
            Id = Guid.NewGuid(),
            MeasureName = team.MeasureName,
            Role = "frontline",
            TeamId = team.Id,
            MeasureId = measure.Id,
            AnswersJson = "{}",
            StartedOn = new DateOnly(2026, 11, 3),
            UpdatedOn = new DateOnly(2026, 11, 4),
        };
        await using (var context = database.Open())
        {
            await GoodhartStore.MigrateAsync(context);
            context.Measures.Add(measure);
            context.StressTeams.Add(team);
            context.StressTestSessions.Add(session);
            await context.SaveChangesAsync();
        }

        await using (var reader = database.Open())
        {
            var readTeam = await reader.StressTeams.SingleAsync(t => t.Id == team.Id);
            var readSession = await reader.StressTestSessions.SingleAsync(s => s.Id == session.Id);
            Assert.Equal((team.MeasureName, (Guid?)measure.Id, team.StartedOn), (readTeam.MeasureName, readTeam.MeasureId, readTeam.StartedOn));
            Assert.Equal(((Guid?)team.Id, (Guid?)measure.Id), (readSession.TeamId, readSession.MeasureId));
            await reader.Measures.Where(m => m.Id == measure.Id).ExecuteDeleteAsync();
        }

        await using (var after = database.Open())
        {
            // The respondents' work stays when the card goes; it only loses the link.
            Assert.Null((await after.StressTeams.SingleAsync(t => t.Id == team.Id)).MeasureId);
            Assert.Null((await after.StressTestSessions.SingleAsync(s => s.Id == session.Id)).MeasureId);
            await after.StressTeams.Where(t => t.Id == team.Id).ExecuteDeleteAsync();
        }

        await using var last = database.Open();
        Assert.Equal(0, await last.StressTestSessions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task SeriesSettingsAndFalseAlarmResult_EveryField_RoundTrip(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var measure = new Measure { Id = Guid.NewGuid(), Name = "Waits", CreatedOn = new DateOnly(2026, 1, 1) };
        var settings = new SeriesSettings { MeasureId = measure.Id, Chart = ChartKind.UPrime, Baseline = 12, PhaseStarts = "2026-01-01 2026-06-01" };
        var result = new FalseAlarmResult
        {
            Key = new string('a', 64),
            Probability = 0.1 + 0.2,
            StandardError = 1e-3,
            Replicates = 10_000,
            Seed = 20231101,
            Sentence = "A stable process would show a signal on a chart this long about 3 times in 10.",
            ComputedOn = new DateOnly(2026, 11, 23),
        };
        await using (var context = database.Open())
        {
            await GoodhartStore.MigrateAsync(context);
            context.Measures.Add(measure);
            context.SeriesSettings.Add(settings);
            context.FalseAlarmResults.Add(result);
            await context.SaveChangesAsync();
        }

        await using (var reader = database.Open())
        {
            var readSettings = await reader.SeriesSettings.SingleAsync();
            var readResult = await reader.FalseAlarmResults.SingleAsync();
            Assert.Equal((measure.Id, ChartKind.UPrime, (int?)12, settings.PhaseStarts), (readSettings.MeasureId, readSettings.Chart, readSettings.Baseline, readSettings.PhaseStarts));
            Assert.Equal(
                (result.Key, 0.1 + 0.2, 1e-3, 10_000, 20231101, result.Sentence, result.ComputedOn),
                (readResult.Key, readResult.Probability, readResult.StandardError, readResult.Replicates, readResult.Seed, readResult.Sentence, readResult.ComputedOn));
            await reader.Measures.Where(m => m.Id == measure.Id).ExecuteDeleteAsync();
        }

        await using var after = database.Open();
        Assert.Equal(0, await after.SeriesSettings.CountAsync());
        Assert.Equal(1, await after.FalseAlarmResults.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ReviewMeeting_EveryFieldAndPart_RoundTripsAndMeasureDeletionClearsOnlyItsParts(string engine)
    {
        using var database = TestDatabase.Create(engine);
        var measure = new Measure { Id = Guid.NewGuid(), Name = "Waits", CreatedOn = new DateOnly(2026, 1, 1) };
        var other = new Measure { Id = Guid.NewGuid(), Name = "Repeat calls", CreatedOn = new DateOnly(2026, 1, 1) };
        var action = new ReviewAction
        {
            Id = Guid.NewGuid(),
            MeasureId = measure.Id,
            Text = "Find out why the waits jumped — ‘weekend rota’ <b>",
            Owner = "Ana Løvlie",
            DueOn = new DateOnly(2026, 12, 1),
            DoneOn = new DateOnly(2026, 11, 30),
        };
        var open = new ReviewAction { Id = Guid.NewGuid(), Text = "Ask the night shift", Owner = "Ben", DueOn = new DateOnly(2026, 12, 7) };
        var meeting = new ReviewMeeting
        {
            Id = Guid.NewGuid(),
            Team = "Crisis line",
            HeldOn = new DateOnly(2026, 11, 23),
            Attendees = "Ana, Ben, Chidi",
            Notes = "<script>alert(1)</script>",
            RecordedOn = new DateOnly(2026, 11, 24),
            Measures = [new ReviewedMeasure { MeasureId = measure.Id }, new ReviewedMeasure { MeasureId = other.Id }],
            Actions = [action, open],
            Dispositions =
            [
                new SignalDisposition
                {
                    Id = Guid.NewGuid(),
                    MeasureId = measure.Id,
                    SignalFirst = new DateOnly(2026, 10, 5),
                    SignalLast = new DateOnly(2026, 11, 16),
                    Rules = "shift beyond-limits",
                    Disposition = Goodhart.Reviews.Disposition.Real,
                    Note = "The new rota.",
                    ActionId = action.Id,
                },
            ],
        };
        await using (var context = database.Open())
        {
            await GoodhartStore.MigrateAsync(context);
            context.Measures.AddRange(measure, other);
            context.ReviewMeetings.Add(meeting);
            await context.SaveChangesAsync();
        }

        await using (var reader = database.Open())
        {
            var read = await reader.ReviewMeetings.Include(m => m.Measures).Include(m => m.Actions).Include(m => m.Dispositions).SingleAsync(m => m.Id == meeting.Id);
            Assert.Equal(
                (meeting.Team, meeting.HeldOn, meeting.Attendees, meeting.Notes, meeting.RecordedOn),
                (read.Team, read.HeldOn, read.Attendees, read.Notes, read.RecordedOn));
            Assert.Equal(new[] { measure.Id, other.Id }.Order(), read.Measures.Select(r => r.MeasureId).Order());
            var readAction = read.Actions.Single(a => a.Id == action.Id);
            Assert.Equal((action.MeasureId, action.Text, action.Owner, action.DueOn, action.DoneOn, true), (readAction.MeasureId, readAction.Text, readAction.Owner, readAction.DueOn, readAction.DoneOn, readAction.Done));
            var readOpen = read.Actions.Single(a => a.Id == open.Id);
            Assert.Equal(((Guid?)null, (DateOnly?)null, false), (readOpen.MeasureId, readOpen.DoneOn, readOpen.Done));
            var d = Assert.Single(read.Dispositions);
            var expected = meeting.Dispositions[0];
            Assert.Equal(
                (expected.MeasureId, expected.SignalFirst, expected.SignalLast, expected.Rules, expected.Disposition, expected.Note, expected.ActionId),
                (d.MeasureId, d.SignalFirst, d.SignalLast, d.Rules, d.Disposition, d.Note, d.ActionId));
            await reader.Measures.Where(m => m.Id == measure.Id).ExecuteDeleteAsync();
        }

        await using var after = database.Open();
        // The meeting keeps its record of the other measure and its actions; the deleted measure's parts go.
        Assert.Equal(other.Id, (await after.ReviewedMeasures.SingleAsync()).MeasureId);
        Assert.Equal(0, await after.SignalDispositions.CountAsync());
        Assert.Equal(2, await after.ReviewActions.CountAsync());
        Assert.Null((await after.ReviewActions.SingleAsync(a => a.Id == action.Id)).MeasureId);
    }
}
