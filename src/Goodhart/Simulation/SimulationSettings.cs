namespace Goodhart.Simulation;

/// <summary>What to simulate: how many cases over how long, from which seed, against which target, with which gaming.</summary>
/// <param name="Cases">How many cases the log holds (at least 1).</param>
/// <param name="Seed">The seed: the same settings always give the same log.</param>
public sealed record SimulationSettings(long Cases, int Seed)
{
    /// <summary>The category exempt from the target (a clinical exception).</summary>
    public const string ExemptCategory = "clinical-exception";

    /// <summary>The first day of arrivals (default 1 January 2025).</summary>
    public DateOnly Start { get; init; } = new(2025, 1, 1);

    /// <summary>Roughly how many days the arrivals span (default 365); the arrival rate is set so the cases fill them.</summary>
    public int Days { get; init; } = 365;

    /// <summary>The target in minutes (default 240); a case meets it when it leaves in under this many minutes.</summary>
    public int Threshold { get; init; } = 240;

    /// <summary>The gaming injected, from <see cref="EffectiveGamingStart"/> on.</summary>
    public GamingStrengths Gaming { get; init; } = GamingStrengths.None;

    /// <summary>The first day of arrival the gaming applies to; <c>null</c> for the month start nearest half way through the span.</summary>
    public DateOnly? GamingStart { get; init; }

    /// <summary>The first day of gaming actually used: <see cref="GamingStart"/>, or by default the month start nearest half way.</summary>
    public DateOnly EffectiveGamingStart
    {
        get
        {
            if (GamingStart is { } start)
            {
                return start;
            }

            var middle = Start.AddDays(Days / 2);
            var monthStart = new DateOnly(middle.Year, middle.Month, 1);
            return middle.Day > 15 ? monthStart.AddMonths(1) : monthStart;
        }
    }
}
