using Goodhart.Data.Simulation;
using Goodhart.Scan;

namespace Goodhart.Data.Tests.Simulation;

/// <summary>
/// The small, seeded version of <c>bench/calibrate-scan.sh</c>: simulated logs written to Parquet and scanned through
/// the real data layer. Clean logs raise no alert; each kind of gaming, at the calibration's strength, is found by its
/// own detector. The full table (hundreds of seeds) is in docs/scan.md.
/// </summary>
public sealed class ScanCalibrationTests
{
    private const long Cases = 100_000;

    [Fact]
    public void Clean_ThreeSeeds_NoDetectorAlerts()
    {
        var cells = ScanCalibration.Run([ScanCalibration.StandardConditions[0]], seeds: 3, Cases, firstSeed: 101);

        Assert.Equal(ScanCodes.All, cells.Select(c => c.Code));
        Assert.All(cells, c => Assert.True(c.Alerts == 0, $"{c.Code}: {c.Alerts} alerts in {c.Runs} clean logs"));
        Assert.All(cells, c => Assert.Equal(0, c.NotEnoughData));
    }

    public static TheoryData<string, string, bool> Gamed() => new()
    {
        { "rushing=0.3", ScanCodes.Rushing, true },
        { "parking=0.8", ScanCodes.Parking, true },
        { "pretend-numbers=0.3", ScanCodes.PretendNumbers, true },
        { "reclassification=0.3", ScanCodes.Reclassification, true },
        { "rework=0.3", ScanCodes.Rework, true },
        { "storing-up=1", ScanCodes.StoringUp, false },
        { "cherry-picking=0.8", ScanCodes.CherryPicking, false },
    };

    [Theory]
    [MemberData(nameof(Gamed))]
    public void Gamed_OneSeed_FoundByItsOwnDetector(string condition, string code, bool alerts)
    {
        var standard = ScanCalibration.StandardConditions.Single(c => c.Name == condition);

        var cells = ScanCalibration.Run([standard], seeds: 1, Cases, firstSeed: 201);

        var own = cells.Single(c => c.Code == code);
        if (alerts)
        {
            Assert.True(own.Alerts == 1, $"{condition}: {code} did not alert");
        }
        else
        {
            // At 100,000 cases these two reach watch; the calibration table gives their alert rates at 200,000.
            Assert.True(own.Alerts + own.Watches == 1, $"{condition}: {code} was neither alert nor watch");
        }
    }
}
