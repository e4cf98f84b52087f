namespace Goodhart.Simulation;

/// <summary>
/// A seeded simulator of an emergency-department-like case log with known gaming: the test bed of the gaming scan.
/// Cases stream out in arrival order, so a log of any size is simulated in constant memory (apart from the people due
/// to come back, a few per cent of a year's cases).
/// </summary>
/// <remarks>
/// <para>
/// <b>Arrivals.</b> A non-homogeneous Poisson process over <see cref="SimulationSettings.Days"/> days, its rate varying by
/// hour of day (lowest around 4–5 am at about a quarter of the midday peak) and by weekday (Mondays busiest), drawn by
/// thinning (Lewis and Shedler 1979): candidate arrivals at the peak rate, each kept with probability rate ÷ peak rate.
/// Arrivals fall on whole minutes.
/// </para>
/// <para>
/// <b>Cases.</b> Triage priority 1 to 5 (3%, 17%, 45%, 30%, 5%); the duration from arrival to departure is lognormal
/// with a median by priority (240, 225, 190, 150 and 110 minutes; σ 0.45 to 0.6), about 3 hours overall, recorded in
/// whole minutes (floor, at least one). The category is admitted (75% of priority 1 down to 3% of priority 5), referred
/// (8%) or discharged, and <see cref="SimulationSettings.ExemptCategory"/> for 1% of cases whatever their duration.
/// </para>
/// <para>
/// <b>People.</b> Each arrival of the Poisson process is a new person. After any case the person comes back within
/// 7 days with probability 6% (on one of the next six days, at a time of day drawn from the arrival profile), and after
/// 8 to 120 days with probability 15%; returns can return again. About 6% of cases are thus followed by a repeat
/// attendance within 7 days.
/// </para>
/// <para>
/// <b>Gaming.</b> Each injection of <see cref="SimulationSettings.Gaming"/> applies to cases arriving on or after
/// <see cref="SimulationSettings.EffectiveGamingStart"/>, in this order: cherry-picking and parking on the unrounded
/// duration; rushing on the whole-minute duration; pretend numbers on the recorded duration; storing up on the
/// departure date; then reclassification and rework on the final duration. Every random choice of an injection is its
/// own draw, keyed by the case and the injection, so turning one injection on does not change the choices of any other
/// nor the clean log underneath (apart from what follows causally: a rushed case's person comes back a little earlier).
/// </para>
/// </remarks>
public sealed partial class CaseLogSimulator
{
    /// <summary>Parking's k: at strength s the completion rate past the threshold is multiplied by 1 − s·k (time past it runs 1/(1 − s·k) times slower).</summary>
    public const double ParkingSlowdown = 0.5;

    /// <summary>Cherry-picking's factor: a picked short case's duration is multiplied by this.</summary>
    public const double CherryPickingSpeedUp = 0.5;

    /// <summary>Cherry-picking's delay: a longer case passed over waits between this and three times this many minutes more.</summary>
    public const double PassedOverMinutes = 20;

    /// <summary>Storing up holds completions due in this many days before the late days of a month.</summary>
    public const int StoringUpHeldDays = 4;

    /// <summary>Storing up releases held completions in the last this many days of the month (the storing-up detector's default window).</summary>
    public const int StoringUpLateDays = 3;

    /// <summary>Rushing and rework act on this many minutes just inside the threshold.</summary>
    public const int WindowMinutes = 10;

    /// <summary>Rushing takes cases that would have left within this many minutes from the threshold on.</summary>
    public const int RushingReach = 30;

    private const double NearReturn = 0.06;
    private const double FarReturn = 0.15;
    private const double ExemptShare = 0.01;
    private const double ReferredShare = 0.08;

    private readonly SimulationSettings _settings;
    private GroundTruth? _truth;

    /// <summary>Prepares a simulation.</summary>
    /// <param name="settings">What to simulate.</param>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 1 case, fewer than 28 days, or a threshold under 60 minutes.</exception>
    public CaseLogSimulator(SimulationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(settings.Gaming);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Cases, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Days, 28);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Threshold, 60);
        foreach (var (name, _, strength) in settings.Gaming.All)
        {
            if (!(strength is >= 0 and <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(settings), strength, $"The strength of {name} must lie from 0 to 1.");
            }
        }

        _settings = settings;
    }

    /// <summary>The settings simulated.</summary>
    public SimulationSettings Settings => _settings;

    /// <summary>The truth of the last full enumeration of <see cref="Cases"/>.</summary>
    /// <exception cref="InvalidOperationException">The cases have not been enumerated to the end yet.</exception>
    public GroundTruth Truth => _truth ?? throw new InvalidOperationException("The ground truth is known once every case has been enumerated.");

    /// <summary>
    /// The cases in arrival order, numbered from 1. Each enumeration gives the same cases; when one runs to the end,
    /// <see cref="Truth"/> holds what the injections did.
    /// </summary>
    /// <returns>The cases, streamed.</returns>
    public IEnumerable<SimulatedCase> Cases() => new Run(_settings).Cases(truth => _truth = truth);
}
