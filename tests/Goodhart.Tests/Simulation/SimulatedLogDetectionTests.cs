using Goodhart.Detection;
using Goodhart.Detection.Summaries;
using Goodhart.Findings;
using Goodhart.Simulation;

namespace Goodhart.Tests.Simulation;

/// <summary>The scan's first four detectors on simulated logs: quiet on a clean log, alerting on the gaming injected.</summary>
public sealed class SimulatedLogDetectionTests
{
    private static readonly DurationTarget Target = new(240);
    private static readonly RushingOptions Rushing = new(Target) { BootstrapReplicates = 100, PlaceboOffsets = [] };

    [Fact]
    public void Detectors_CleanLog_NoAlert()
    {
        var cases = Simulate("");

        Assert.NotEqual(Severity.Alert, RushingDetector.Detect(Histogram(cases), Rushing).Severity);
        Assert.NotEqual(Severity.Alert, ParkingDetector.Detect(Histogram(cases), new ParkingOptions(Target)).Severity);
        Assert.NotEqual(Severity.Alert, PretendNumbersDetector.Detect(Histogram(cases)).Severity);
        Assert.NotEqual(Severity.Alert, StoringUpDetector.Detect(Days(cases)).Severity);
    }

    [Theory]
    [InlineData("rushing=0.3", RushingDetector.Code)]
    [InlineData("parking=0.8", ParkingDetector.Code)]
    [InlineData("pretend-numbers=0.3", PretendNumbersDetector.Code)]
    [InlineData("storing-up=0.5", StoringUpDetector.Code)]
    public void Detectors_OneKindInjectedAllYear_ItsDetectorAlerts(string gaming, string code)
    {
        var cases = Simulate(gaming);

        var finding = code switch
        {
            RushingDetector.Code => RushingDetector.Detect(Histogram(cases), Rushing),
            ParkingDetector.Code => ParkingDetector.Detect(Histogram(cases), new ParkingOptions(Target)),
            PretendNumbersDetector.Code => PretendNumbersDetector.Detect(Histogram(cases)),
            _ => StoringUpDetector.Detect(Days(cases)),
        };

        Assert.Equal(Severity.Alert, finding.Severity);
    }

    private static List<SimulatedCase> Simulate(string gaming) =>
        new CaseLogSimulator(new SimulationSettings(40_000, 17) { Gaming = GamingStrengths.Parse(gaming), GamingStart = new DateOnly(2025, 1, 1) })
            .Cases()
            .ToList();

    private static DurationHistogram Histogram(List<SimulatedCase> cases) =>
        new("minutes", [.. cases.GroupBy(c => c.Minutes).OrderBy(g => g.Key).Select(g => new DurationCount(g.Key, g.Count()))]);

    private static List<PeriodDayCount> Days(List<SimulatedCase> cases) =>
        [.. cases
            .GroupBy(c => DateOnly.FromDateTime(c.Departure.Date))
            .OrderBy(g => g.Key)
            .Select(g => new PeriodDayCount(
                new DateOnly(g.Key.Year, g.Key.Month, 1),
                g.Key.Day,
                DateTime.DaysInMonth(g.Key.Year, g.Key.Month),
                g.Count(c => c.Minutes < 240),
                g.Count(c => c.Minutes >= 240)))];
}
