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
        });

        modelBuilder.Entity<SeriesValue>(value =>
        {
            value.ToTable("series_values");
            value.HasKey(v => v.Id);
            value.Property(v => v.Id).ValueGeneratedNever();
            value.HasIndex(v => new { v.MeasureId, v.Period }).IsUnique();
            value.HasOne<Measure>().WithMany().HasForeignKey(v => v.MeasureId).OnDelete(DeleteBehavior.Cascade);
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
