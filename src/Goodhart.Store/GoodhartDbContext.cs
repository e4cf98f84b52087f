using Microsoft.EntityFrameworkCore;

namespace Goodhart.Store;

/// <summary>
/// The registry's database. The model uses only types both SQLite and PostgreSQL map on their own (text, numbers,
/// dates, GUIDs made by the application), so one migration set serves both.
/// </summary>
public sealed class GoodhartDbContext(DbContextOptions<GoodhartDbContext> options) : DbContext(options)
{
    /// <summary>The measure cards.</summary>
    public DbSet<Measure> Measures => Set<Measure>();

    /// <summary>The links from measures to their balancing measures.</summary>
    public DbSet<BalancingLink> BalancingLinks => Set<BalancingLink>();

    /// <summary>Stress tests answered in the browser.</summary>
    public DbSet<StressTestSession> StressTestSessions => Set<StressTestSession>();

    /// <summary>The values of the measures' series, one per measure and period.</summary>
    public DbSet<SeriesValue> SeriesValues => Set<SeriesValue>();

    /// <summary>Team stress tests: a measure and a shared link; the respondents' answers are stress-test sessions.</summary>
    public DbSet<StressTeam> StressTeams => Set<StressTeam>();

    /// <summary>How each measure's series is charted, where the user changed the defaults.</summary>
    public DbSet<SeriesSettings> SeriesSettings => Set<SeriesSettings>();

    /// <summary>False-alarm simulations already run, by a hash of their inputs.</summary>
    public DbSet<FalseAlarmResult> FalseAlarmResults => Set<FalseAlarmResult>();

    /// <summary>The review meetings logged.</summary>
    public DbSet<ReviewMeeting> ReviewMeetings => Set<ReviewMeeting>();

    /// <summary>The measures each review discussed.</summary>
    public DbSet<ReviewedMeasure> ReviewedMeasures => Set<ReviewedMeasure>();

    /// <summary>What reviews decided about signals.</summary>
    public DbSet<SignalDisposition> SignalDispositions => Set<SignalDisposition>();

    /// <summary>The actions agreed at reviews.</summary>
    public DbSet<ReviewAction> ReviewActions => Set<ReviewAction>();

    /// <summary>Gaming scans of case files uploaded in the browser or through the API.</summary>
    public DbSet<ScanJob> ScanJobs => Set<ScanJob>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<Measure>(measure =>
        {
            measure.ToTable("measures");
            measure.HasKey(m => m.Id);
            measure.Property(m => m.Id).ValueGeneratedNever();
            measure.Property(m => m.Name).HasMaxLength(StoreLimits.Name).IsRequired();
            measure.HasIndex(m => m.Name).IsUnique();
            measure.Property(m => m.Definition).HasMaxLength(StoreLimits.LongText);
            measure.Property(m => m.Formula).HasMaxLength(StoreLimits.LongText);
            measure.Property(m => m.Unit).HasMaxLength(StoreLimits.Short);
            measure.Property(m => m.Owner).HasMaxLength(StoreLimits.Name);
            measure.Property(m => m.Purpose).HasMaxLength(StoreLimits.LongText);
            measure.Property(m => m.BehaviourToReinforce).HasMaxLength(StoreLimits.LongText);
            measure.Property(m => m.DecisionInformed).HasMaxLength(StoreLimits.LongText);
            measure.Property(m => m.Outcome).HasMaxLength(StoreLimits.LongText);
            measure.Property(m => m.TargetRationale).HasMaxLength(StoreLimits.LongText);

            // Enums as their names: readable in the database and safe if members are ever reordered.
            measure.Property(m => m.Direction).HasConversion<string>().HasMaxLength(StoreLimits.Enum);
            measure.Property(m => m.Cadence).HasConversion<string>().HasMaxLength(StoreLimits.Enum);
            measure.Property(m => m.OutcomeAim).HasConversion<string>().HasMaxLength(StoreLimits.Enum);
            measure.Property(m => m.Timing).HasConversion<string>().HasMaxLength(StoreLimits.Enum);
            measure.Property(m => m.Role).HasConversion<string>().HasMaxLength(StoreLimits.Enum);
            measure.Property(m => m.TargetAttachment).HasConversion<string>().HasMaxLength(StoreLimits.Enum);

            measure.HasMany(m => m.BalancingLinks).WithOne().HasForeignKey(l => l.MeasureId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<BalancingLink>(link =>
        {
            link.ToTable("balancing_links");
            link.HasKey(l => new { l.MeasureId, l.BalancingMeasureId });
            link.HasOne(l => l.BalancingMeasure).WithMany().HasForeignKey(l => l.BalancingMeasureId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<StressTestSession>(session =>
        {
            session.ToTable("stress_test_sessions");
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).ValueGeneratedNever();
            session.Property(s => s.MeasureName).HasMaxLength(StoreLimits.Name).IsRequired();
            session.Property(s => s.Role).HasMaxLength(StoreLimits.Short);
            // No length limit: the answers file grows with the reflections typed, and both engines have unbounded text.
            session.Property(s => s.AnswersJson).IsRequired();
            session.HasOne<StressTeam>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Cascade);
            // Deleting a card keeps the stress tests of it: they are the respondents' work, and still name the measure.
            session.HasOne<Measure>().WithMany().HasForeignKey(s => s.MeasureId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<StressTeam>(team =>
        {
            team.ToTable("stress_teams");
            team.HasKey(t => t.Id);
            team.Property(t => t.Id).ValueGeneratedNever();
            team.Property(t => t.MeasureName).HasMaxLength(StoreLimits.Name).IsRequired();
            team.HasOne<Measure>().WithMany().HasForeignKey(t => t.MeasureId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<SeriesSettings>(settings =>
        {
            settings.ToTable("series_settings");
            settings.HasKey(s => s.MeasureId);
            settings.Property(s => s.Chart).HasConversion<string>().HasMaxLength(StoreLimits.Enum);
            settings.Property(s => s.PhaseStarts).HasMaxLength(StoreLimits.LongText).IsRequired();
            settings.HasOne<Measure>().WithOne().HasForeignKey<SeriesSettings>(s => s.MeasureId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<FalseAlarmResult>(result =>
        {
            result.ToTable("false_alarm_results");
            result.HasKey(r => r.Key);
            result.Property(r => r.Key).HasMaxLength(StoreLimits.Hash);
            result.Property(r => r.Sentence).HasMaxLength(StoreLimits.LongText).IsRequired();
        });

        modelBuilder.Entity<SeriesValue>(value =>
        {
            value.ToTable("series_values");
            value.HasKey(v => v.Id);
            value.Property(v => v.Id).ValueGeneratedNever();
            value.HasIndex(v => new { v.MeasureId, v.Period }).IsUnique();
            value.HasOne<Measure>().WithMany().HasForeignKey(v => v.MeasureId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ReviewMeeting>(meeting =>
        {
            meeting.ToTable("review_meetings");
            meeting.HasKey(m => m.Id);
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.Team).HasMaxLength(StoreLimits.Name).IsRequired();
            meeting.HasIndex(m => new { m.Team, m.HeldOn });
            meeting.Property(m => m.Attendees).HasMaxLength(StoreLimits.LongText).IsRequired();
            meeting.Property(m => m.Notes).HasMaxLength(StoreLimits.LongText);
            meeting.HasMany(m => m.Measures).WithOne().HasForeignKey(r => r.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting.HasMany(m => m.Dispositions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting.HasMany(m => m.Actions).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ReviewedMeasure>(reviewed =>
        {
            reviewed.ToTable("reviewed_measures");
            reviewed.HasKey(r => new { r.MeetingId, r.MeasureId });
            reviewed.HasOne<Measure>().WithMany().HasForeignKey(r => r.MeasureId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SignalDisposition>(disposition =>
        {
            disposition.ToTable("signal_dispositions");
            disposition.HasKey(d => d.Id);
            disposition.Property(d => d.Id).ValueGeneratedNever();
            disposition.HasIndex(d => new { d.MeasureId, d.SignalFirst });
            disposition.Property(d => d.Rules).HasMaxLength(StoreLimits.Name).IsRequired();
            disposition.Property(d => d.Disposition).HasConversion<string>().HasMaxLength(StoreLimits.Enum);
            disposition.Property(d => d.Note).HasMaxLength(StoreLimits.LongText);
            disposition.HasOne<Measure>().WithMany().HasForeignKey(d => d.MeasureId).OnDelete(DeleteBehavior.Cascade);
            disposition.HasOne<ReviewAction>().WithMany().HasForeignKey(d => d.ActionId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<ReviewAction>(action =>
        {
            action.ToTable("review_actions");
            action.HasKey(a => a.Id);
            action.Property(a => a.Id).ValueGeneratedNever();
            action.Property(a => a.Text).HasMaxLength(StoreLimits.LongText).IsRequired();
            action.Property(a => a.Owner).HasMaxLength(StoreLimits.Name).IsRequired();
            action.Ignore(a => a.Done);
            action.HasOne<Measure>().WithMany().HasForeignKey(a => a.MeasureId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<ScanJob>(job =>
        {
            job.ToTable("scan_jobs");
            job.HasKey(j => j.Id);
            job.Property(j => j.Id).ValueGeneratedNever();
            job.Property(j => j.FileName).HasMaxLength(StoreLimits.FileName).IsRequired();
            job.Property(j => j.StoredFileName).HasMaxLength(StoreLimits.Short).IsRequired();
            job.Property(j => j.Status).HasConversion<string>().HasMaxLength(StoreLimits.Enum);
            job.Property(j => j.Stage).HasMaxLength(StoreLimits.Name);
            job.Property(j => j.Error).HasMaxLength(StoreLimits.LongText);
            // No length limit on the JSON: the findings grow with their evidence and caveats.
            job.HasIndex(j => j.CreatedAt);
        });
    }
}
