using Goodhart.Simulation;

namespace Goodhart.Tests.Simulation;

public sealed class CaseLogSimulatorTests
{
    private const int Threshold = 240;
    private static readonly DateTime GamingStart = new(2025, 7, 1);

    [Fact]
    public void Cases_SameSeedTwice_SameCases()
    {
        var settings = new SimulationSettings(5_000, 11) { Gaming = GamingStrengths.Parse("rushing=0.5,rework=0.5,storing-up=0.5") };

        var first = new CaseLogSimulator(settings).Cases().ToList();
        var second = new CaseLogSimulator(settings).Cases().ToList();
        var otherSeed = new CaseLogSimulator(settings with { Seed = 12 }).Cases().ToList();

        Assert.Equal(first, second);
        Assert.NotEqual(first.Select(c => c.Arrival), otherSeed.Select(c => c.Arrival));
    }

    [Fact]
    public void Cases_AnyLog_NumberedInArrivalOrderInWholeMinutes()
    {
        var cases = Simulate("rushing=0.3,parking=0.5,storing-up=0.3,reclassification=0.3,cherry-picking=0.5,rework=0.5,pretend-numbers=0.2", 20_000);

        Assert.Equal(Enumerable.Range(1, 20_000).Select(i => (long)i), cases.Select(c => c.CaseId));
        for (var i = 1; i < cases.Count; i++)
        {
            Assert.True(cases[i].Arrival >= cases[i - 1].Arrival, $"case {cases[i].CaseId} arrived before case {cases[i - 1].CaseId}");
        }

        Assert.All(cases, c =>
        {
            Assert.Equal(0, c.Arrival.Ticks % TimeSpan.TicksPerMinute);
            Assert.Equal(0, c.Departure.Ticks % TimeSpan.TicksPerMinute);
            Assert.True(c.Departure > c.Arrival);
            Assert.InRange(c.Priority, 1, 5);
        });
    }

    [Fact]
    public void Cases_CleanLog_LooksLikeAYearOfAnEmergencyDepartment()
    {
        var simulator = new CaseLogSimulator(new SimulationSettings(50_000, 3));
        var cases = simulator.Cases().ToList();

        // A year of arrivals (returns build up over the first months, so the last lands a little after 31 December).
        Assert.Equal(new DateTime(2025, 1, 1), cases[0].Arrival.Date);
        Assert.InRange(cases[^1].Arrival, new DateTime(2025, 12, 20), new DateTime(2026, 1, 20));
        Assert.Equal(50_000, simulator.Truth.Cases);

        // Hour of day: the midday peak (weights 1.5) is about five times the small hours' trough (0.30).
        var byHour = cases.GroupBy(c => c.Arrival.Hour).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange((byHour[11] + byHour[12]) / (double)(byHour[4] + byHour[5]), 4.0, 6.0);

        // Weekday: Mondays (1.12) busier than Saturdays (0.95).
        var byDay = cases.GroupBy(c => c.Arrival.DayOfWeek).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(byDay[DayOfWeek.Monday] / (double)byDay[DayOfWeek.Saturday], 1.08, 1.28);

        // Priority mix 3%, 17%, 45%, 30%, 5%, each within 1 point (binomial sd ≤ 0.23 points for 50,000 cases).
        double[] shares = [0.03, 0.17, 0.45, 0.30, 0.05];
        for (var p = 1; p <= 5; p++)
        {
            Assert.InRange(cases.Count(c => c.Priority == p) / 50_000.0, shares[p - 1] - 0.01, shares[p - 1] + 0.01);
        }

        // Median about three hours; the exempt category at its 1% base share; the rest admitted, referred or discharged.
        var minutes = cases.Select(c => c.Minutes).Order().ToArray();
        Assert.InRange(minutes[minutes.Length / 2], 165, 195);
        Assert.InRange(Share(cases, c => c.Category == SimulationSettings.ExemptCategory), 0.007, 0.013);
        Assert.Equal(["admitted", "clinical-exception", "discharged", "referred"], cases.Select(c => c.Category).Distinct().Order());
        Assert.All(cases, c => Assert.Equal(GamingKinds.None, c.Gaming));
        Assert.All(simulator.Truth.Injections, i => Assert.Equal(0, i.Touched));
    }

    [Fact]
    public void Cases_CleanLog_ARealisticShareOfRepeatsWithin7Days()
    {
        var cases = Simulate("", 50_000);

        // Truth: 6% of cases bring the person back within 7 days, less those whose return falls after the log ends.
        var share = Share(cases, Repeated(cases));

        Assert.InRange(share, 0.05, 0.08);
        Assert.True(cases.Select(c => c.PersonId).Distinct().Count() < 45_000, "people should come back");
    }

    [Fact]
    public void Cases_Gaming_ChangesNothingBeforeTheGamingStart()
    {
        var clean = Simulate("", 20_000);
        var gamed = Simulate("rushing=1,parking=1,storing-up=1,reclassification=1,cherry-picking=1,rework=1,pretend-numbers=1", 20_000);

        var before = clean.TakeWhile(c => c.Arrival < GamingStart).ToList();
        Assert.True(before.Count > 8_000);
        // Cases arriving before the start keep everything, except a storing-up hold cannot reach back before it.
        Assert.Equal(before, gamed.Take(before.Count));
    }

    [Fact]
    public void Cases_Rushing_MovesTheTouchedCasesFromPastTheThresholdIntoTheTenMinutesBefore()
    {
        var clean = Simulate("", 40_000);
        var (gamed, truth) = SimulateWithTruth("rushing=0.4", 40_000);
        var rushing = truth.Injections[0];

        Assert.Equal(rushing.Touched, gamed.Count(c => c.Gaming == GamingKinds.Rushing));
        Assert.All(gamed.Where(c => c.Gaming == GamingKinds.Rushing), c =>
        {
            Assert.InRange(c.Minutes, Threshold - 10, Threshold - 1);
            Assert.True(c.Arrival >= GamingStart);
        });
        // Exactly what changed: the window gained and the half hour past the threshold lost the touched cases.
        Assert.Equal(rushing.Touched, Count(gamed, Threshold - 10, Threshold - 1) - Count(clean, Threshold - 10, Threshold - 1));
        Assert.Equal(rushing.Touched, Count(clean, Threshold, Threshold + 29) - Count(gamed, Threshold, Threshold + 29));
        // About 40% of the eligible cases (binomial sd about 1 point here).
        Assert.InRange(rushing.Touched / (double)rushing.Eligible, 0.36, 0.44);
    }

    [Fact]
    public void Cases_Parking_SlowsCompletionsPastTheThreshold()
    {
        var clean = Simulate("", 40_000).Where(c => c.Arrival >= GamingStart).ToList();
        var (gamed, truth) = SimulateWithTruth("parking=0.8", 40_000);
        var after = gamed.Where(c => c.Arrival >= GamingStart).ToList();

        // Time past 240 runs 1/(1 − 0.8 × 0.5) = 1.67 times slower: of the breached cases, those still open 60 minutes past
        // the threshold are those that would have been open 36 minutes past it.
        static double StillOpen(List<SimulatedCase> cases, int past) =>
            cases.Count(c => c.Minutes >= Threshold + past) / (double)cases.Count(c => c.Minutes >= Threshold);
        Assert.InRange(StillOpen(after, 60), StillOpen(clean, 36) - 0.02, StillOpen(clean, 36) + 0.02);
        Assert.InRange(Share(clean, c => c.Minutes >= Threshold), Share(after, c => c.Minutes >= Threshold) - 0.01, Share(after, c => c.Minutes >= Threshold) + 0.01);
        Assert.Equal(truth.Injections[1].Touched, gamed.Count(c => c.Gaming == GamingKinds.Parking));
        Assert.All(gamed.Where(c => c.Gaming == GamingKinds.Parking), c => Assert.True(c.Minutes > Threshold));
    }

    [Fact]
    public void Cases_StoringUp_CrowdsCompletionsIntoTheLastThreeDaysWithMoreBreaches()
    {
        var clean = Simulate("", 40_000);
        var (gamed, truth) = SimulateWithTruth("storing-up=0.5", 40_000);

        static bool Late(SimulatedCase c) => c.Departure.Day > DateTime.DaysInMonth(c.Departure.Year, c.Departure.Month) - 3;
        var before = Share(clean.Where(c => c.Arrival >= GamingStart), Late);
        var after = Share(gamed.Where(c => c.Arrival >= GamingStart), Late);

        // Truth: half the priority 3–5 cases (80%) due in the 4 days before the last 3 move into them: late days carry
        // about 3 + 0.5 × 0.8 × 4 = 4.6 days' completions instead of 3.
        Assert.InRange(after / before, 1.4, 1.65);
        Assert.Equal(truth.Injections[2].Touched, gamed.Count(c => c.Gaming == GamingKinds.StoringUp));
        Assert.All(gamed.Where(c => c.Gaming == GamingKinds.StoringUp), c =>
        {
            Assert.True(Late(c));
            Assert.True(c.Minutes > 1440, "a held case waits at least a day");
            Assert.InRange(c.Priority, 3, 5);
        });
    }

    [Fact]
    public void Cases_Reclassification_RaisesTheExemptSharePastTheThresholdOnly()
    {
        var (gamed, truth) = SimulateWithTruth("reclassification=0.3", 40_000);
        var after = gamed.Where(c => c.Arrival >= GamingStart).ToList();
        var before = gamed.Where(c => c.Arrival < GamingStart).ToList();
        static bool Exempt(SimulatedCase c) => c.Category == SimulationSettings.ExemptCategory;

        // Truth: 1% exempt anywhere; past the threshold after the start 0.01 + 0.99 × 0.3 = 30.7%.
        Assert.InRange(Share(after.Where(c => c.Minutes >= Threshold), Exempt), 0.28, 0.335);
        Assert.InRange(Share(after.Where(c => c.Minutes < Threshold), Exempt), 0.006, 0.014);
        Assert.InRange(Share(before.Where(c => c.Minutes >= Threshold), Exempt), 0.004, 0.02);
        var touched = gamed.Where(c => c.Gaming == GamingKinds.Reclassification).ToList();
        Assert.Equal(truth.Injections[3].Touched, touched.Count);
        Assert.All(touched, c => Assert.True(Exempt(c) && c.Minutes >= Threshold));
    }

    [Fact]
    public void Cases_CherryPicking_MoreWaitingCasesAreOvertakenBySameClassArrivals()
    {
        var clean = Simulate("", 40_000);
        var (gamed, truth) = SimulateWithTruth("cherry-picking=0.8", 40_000);

        var before = OvertakenShare(clean.Where(c => c.Arrival >= GamingStart).ToList());
        var after = OvertakenShare(gamed.Where(c => c.Arrival >= GamingStart).ToList());

        Assert.True(after > before + 0.03, $"overtaken share {before:F3} clean, {after:F3} with cherry-picking");
        Assert.Equal(truth.Injections[4].Touched, gamed.Count(c => c.Gaming == GamingKinds.CherryPicking));
        // Picked short cases end under a quarter of the threshold; passed-over ones at least 20 minutes past half of it.
        Assert.All(gamed.Where(c => c.Gaming == GamingKinds.CherryPicking), c => Assert.True(
            c.Minutes < Threshold / 4 || c.Minutes >= (Threshold / 2) + 20, $"case {c.CaseId}: {c.Minutes} minutes"));
    }

    [Fact]
    public void Cases_Rework_MoreRepeatsAfterCasesClosedJustInsideTheThreshold()
    {
        var (gamed, truth) = SimulateWithTruth("rework=0.5", 40_000);
        var repeated = Repeated(gamed);
        var after = gamed.Where(c => c.Arrival >= GamingStart && c.Arrival < new DateTime(2025, 12, 1)).ToList();

        // Truth: 6% come back within 7 days anyway; closed at 230–239 minutes, another half of them do.
        Assert.InRange(Share(after.Where(c => c.Minutes is >= Threshold - 10 and < Threshold), repeated), 0.45, 0.65);
        Assert.InRange(Share(after.Where(c => c.Minutes is < Threshold - 10 or >= Threshold), repeated), 0.04, 0.09);
        var extra = gamed.Where(c => c.Gaming == GamingKinds.Rework).ToList();
        Assert.Equal(truth.Injections[5].Touched, extra.Count);
        Assert.InRange(extra.Count / (double)truth.Injections[5].Eligible, 0.44, 0.56);
    }

    [Fact]
    public void Cases_PretendNumbers_HeapsDurationsOnMultiplesOfFive()
    {
        var (gamed, truth) = SimulateWithTruth("pretend-numbers=0.4", 40_000);

        // Truth: 40% rounded, and a fifth of the rest is on a multiple of 5 anyway: 0.4 + 0.6 × 0.2 = 52%.
        Assert.InRange(Share(gamed.Where(c => c.Arrival >= GamingStart), c => c.Minutes % 5 == 0), 0.49, 0.55);
        Assert.InRange(Share(gamed.Where(c => c.Arrival < GamingStart), c => c.Minutes % 5 == 0), 0.18, 0.22);
        // The rounded cases already on a multiple of 5 did not change, so the touched are 4/5 of those rounded.
        Assert.Equal(truth.Injections[6].Touched, gamed.Count(c => c.Gaming == GamingKinds.PretendNumbers));
        Assert.InRange(truth.Injections[6].Touched / (double)truth.Injections[6].Eligible, 0.30, 0.34);
    }

    [Fact]
    public void Cases_OneInjectionOnOrOff_DoesNotChangeAnotherInjectionsChoices()
    {
        var (alone, _) = SimulateWithTruth("reclassification=0.3", 20_000);
        var (together, _) = SimulateWithTruth("reclassification=0.3,pretend-numbers=0.5", 20_000);

        // Rounding moves few cases across the threshold; the cases reclassified among the rest are the same ones.
        var aloneKeys = alone.Where(c => c.Gaming.HasFlag(GamingKinds.Reclassification)).Select(c => (c.PersonId, c.Arrival)).ToHashSet();
        var togetherKeys = together.Where(c => c.Gaming.HasFlag(GamingKinds.Reclassification)).Select(c => (c.PersonId, c.Arrival)).ToHashSet();
        Assert.True(aloneKeys.Intersect(togetherKeys).Count() > 0.97 * aloneKeys.Count);
    }

    [Fact]
    public void Truth_BeforeEnumerating_Throws()
    {
        var simulator = new CaseLogSimulator(new SimulationSettings(10, 1));

        Assert.Throws<InvalidOperationException>(() => simulator.Truth);
    }

    [Fact]
    public void Constructor_NoCases_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CaseLogSimulator(new SimulationSettings(0, 1)));
    }

    [Fact]
    public void EffectiveGamingStart_DefaultYear_FirstOfJuly()
    {
        Assert.Equal(new DateOnly(2025, 7, 1), new SimulationSettings(1, 1).EffectiveGamingStart);
        Assert.Equal(new DateOnly(2025, 3, 1), new SimulationSettings(1, 1) { GamingStart = new DateOnly(2025, 3, 1) }.EffectiveGamingStart);
    }

    private static List<SimulatedCase> Simulate(string gaming, long cases) => SimulateWithTruth(gaming, cases).Cases;

    private static (List<SimulatedCase> Cases, GroundTruth Truth) SimulateWithTruth(string gaming, long cases)
    {
        var simulator = new CaseLogSimulator(new SimulationSettings(cases, 2025) { Gaming = GamingStrengths.Parse(gaming) });
        var list = simulator.Cases().ToList();
        return (list, simulator.Truth);
    }

    private static long Count(List<SimulatedCase> cases, long from, long to) => cases.Count(c => c.Minutes >= from && c.Minutes <= to);

    private static double Share(IEnumerable<SimulatedCase> cases, Func<SimulatedCase, bool> predicate)
    {
        var list = cases as IReadOnlyCollection<SimulatedCase> ?? cases.ToList();
        return list.Count(predicate) / (double)list.Count;
    }

    // Whether a case is followed by another case for the same person arriving within 7 days after it left.
    private static Func<SimulatedCase, bool> Repeated(List<SimulatedCase> cases)
    {
        var repeated = new HashSet<long>();
        foreach (var person in cases.GroupBy(c => c.PersonId))
        {
            var visits = person.OrderBy(c => c.Arrival).ToList();
            for (var i = 0; i + 1 < visits.Count; i++)
            {
                var gap = visits[i + 1].Arrival - visits[i].Departure;
                if (gap >= TimeSpan.Zero && gap <= TimeSpan.FromDays(7))
                {
                    repeated.Add(visits[i].CaseId);
                }
            }
        }

        return c => repeated.Contains(c.CaseId);
    }

    // The share of cases that a later arrival of the same priority left before.
    private static double OvertakenShare(List<SimulatedCase> cases)
    {
        var overtaken = 0;
        foreach (var group in cases.GroupBy(c => c.Priority))
        {
            var ordered = group.OrderBy(c => c.Arrival).ThenBy(c => c.CaseId).ToArray();
            var earliestLaterDeparture = DateTime.MaxValue;
            for (var i = ordered.Length - 1; i >= 0; i--)
            {
                if (earliestLaterDeparture < ordered[i].Departure)
                {
                    overtaken++;
                }

                earliestLaterDeparture = earliestLaterDeparture < ordered[i].Departure ? earliestLaterDeparture : ordered[i].Departure;
            }
        }

        return overtaken / (double)cases.Count;
    }
}
