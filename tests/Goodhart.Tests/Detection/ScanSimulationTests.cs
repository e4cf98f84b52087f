using Goodhart.Detection;
using Goodhart.Findings;
using Goodhart.Tests.Support;

namespace Goodhart.Tests.Detection;

/// <summary>The three histogram detectors run together as one scan, their p-values adjusted together (Holm).</summary>
public sealed class ScanSimulationTests
{
    private static readonly DurationTarget Target = new(240);

    [Fact]
    public void AdjustScan_SmoothDurations_NoAlertInAtLeast9Of10Seeds()
    {
        // Truth: no gaming of any kind. Measured over 200 seeds: no alert from any detector in any seed (rushing watch
        // in 6, pretend-numbers watch in 1, everything else clear).
        var seedsWithAlert = Enumerable.Range(1, 10).Count(seed => Scan(DurationSimulation.Smooth(seed)).Any(f => f.Severity == Severity.Alert));

        Assert.True(seedsWithAlert <= 1, $"{seedsWithAlert} of 10 seeds raised an alert");
    }

    [Fact]
    public void AdjustScan_EachKindOfGaming_AlertsOnItsOwnDetector()
    {
        // One seed per scenario; measured over 200 seeds each the named detector alerted in all 200.
        Assert.Equal(Severity.Alert, Scan(DurationSimulation.Rushed(7)).Single(f => f.Code == RushingDetector.Code).Severity);
        Assert.Equal(Severity.Alert, Scan(DurationSimulation.Parked(7)).Single(f => f.Code == ParkingDetector.Code).Severity);
        Assert.Equal(Severity.Alert, Scan(DurationSimulation.Heaped(7)).Single(f => f.Code == PretendNumbersDetector.Code).Severity);
    }

    private static IReadOnlyList<Finding> Scan(double[] values)
    {
        var histogram = DurationSimulation.Histogram(values);
        return MultipleTesting.AdjustScan(
        [
            RushingDetector.Detect(histogram, new RushingOptions(Target) { BootstrapReplicates = 100, PlaceboOffsets = [] }),
            ParkingDetector.Detect(histogram, new ParkingOptions(Target)),
            PretendNumbersDetector.Detect(histogram),
        ]);
    }
}
