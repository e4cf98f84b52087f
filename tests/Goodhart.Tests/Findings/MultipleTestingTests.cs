using FsCheck.Xunit;
using Goodhart.Findings;

namespace Goodhart.Tests.Findings;

public sealed class MultipleTestingTests
{
    [Fact]
    public void Holm_FourPValues_MatchesHandComputation()
    {
        // m = 4; sorted: 0.01 (×4 = 0.04), 0.02 (×3 = 0.06), 0.03 (×2 = 0.06), 0.04 (×1 = 0.04 → running max 0.06).
        // R: p.adjust(c(0.03, 0.01, 0.04, 0.02), "holm") = 0.06 0.04 0.06 0.06.
        var adjusted = MultipleTesting.Holm([0.03, 0.01, 0.04, 0.02]);

        Assert.Equal(0.06, adjusted[0], 12);
        Assert.Equal(0.04, adjusted[1], 12);
        Assert.Equal(0.06, adjusted[2], 12);
        Assert.Equal(0.06, adjusted[3], 12);
    }

    [Fact]
    public void Holm_LargeProducts_CappedAtOne()
    {
        // m = 3: 0.2 × 3 = 0.6; 0.5 × 2 = 1.0; 0.9 × 1 = 0.9 → max(1.0, 0.9) = 1.
        var adjusted = MultipleTesting.Holm([0.9, 0.2, 0.5]);

        Assert.Equal(1.0, adjusted[0], 12);
        Assert.Equal(0.6, adjusted[1], 12);
        Assert.Equal(1.0, adjusted[2], 12);
    }

    [Fact]
    public void Holm_NaN_LeftOutOfTheFamily()
    {
        // Only two tests count: 0.01 × 2 = 0.02, 0.04 × 1 = 0.04.
        var adjusted = MultipleTesting.Holm([0.04, double.NaN, 0.01]);

        Assert.Equal(0.04, adjusted[0], 12);
        Assert.True(double.IsNaN(adjusted[1]));
        Assert.Equal(0.02, adjusted[2], 12);
    }

    [Fact]
    public void Holm_PValueOutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => MultipleTesting.Holm([0.5, 1.5]));

    [Fact]
    public void AdjustScan_ThreeFindings_AdjustsAndReclassifies()
    {
        // Raw 0.004, 0.004, NaN (not enough data). Family of two: 0.004 × 2 = 0.008 for both, below 0.01.
        // The first has a practical effect → Alert; the second does not → Watch; the third stays NotEnoughData.
        var findings = new[]
        {
            Make("a", 0.004, effect: 0.5),
            Make("b", 0.004, effect: 0.05),
            Finding.NotEnoughData("c", "C", "too few cases"),
        };

        var adjusted = MultipleTesting.AdjustScan(findings);

        Assert.Equal(0.008, adjusted[0].AdjustedPValue!.Value, 12);
        Assert.Equal(Severity.Alert, adjusted[0].Severity);
        Assert.Equal(Severity.Watch, adjusted[1].Severity);
        Assert.Equal(Severity.NotEnoughData, adjusted[2].Severity);
        Assert.Null(adjusted[2].AdjustedPValue);
    }

    [Fact]
    public void AdjustScan_ManyTests_AdjustmentTurnsAlertIntoWatch()
    {
        // Raw 0.004 alone would alert; with three equal p-values Holm gives 0.012 ≥ 0.01, so the effect stays but
        // the evidence no longer convinces: Watch.
        var findings = new[] { Make("a", 0.004, 0.5), Make("b", 0.004, 0.5), Make("c", 0.004, 0.5) };

        var adjusted = MultipleTesting.AdjustScan(findings);

        Assert.All(adjusted, f => Assert.Equal(0.012, f.AdjustedPValue!.Value, 12));
        Assert.All(adjusted, f => Assert.Equal(Severity.Watch, f.Severity));
    }

    [Fact]
    public void AdjustScan_CannotAlert_StaysWatch()
    {
        var findings = new[] { Make("a", 0.0001, 0.5) with { CanAlert = false } };

        Assert.Equal(Severity.Watch, MultipleTesting.AdjustScan(findings)[0].Severity);
    }

    [Property(MaxTest = 300)]
    public bool Holm_AnyPValues_NeverBelowRawAtMostOneAndOrderKept(int[] seeds)
    {
        var raw = (seeds ?? []).Select(s => (Math.Abs((long)s) % 10_001) / 10_000.0).ToArray();
        var adjusted = MultipleTesting.Holm(raw);

        var bounded = raw.Zip(adjusted).All(p => p.Second >= p.First && p.Second <= 1);
        var ordered = raw.Zip(adjusted).All(a => raw.Zip(adjusted).All(b => !(a.First < b.First) || a.Second <= b.Second));
        return bounded && ordered;
    }

    [Property(MaxTest = 300)]
    public bool AdjustScan_AnyFindings_NotEnoughDataNeverBecomesClear(int[] seeds)
    {
        var findings = (seeds ?? []).Select((s, i) => s % 3 == 0
            ? Finding.NotEnoughData("n" + i, "N", "too few")
            : Make("f" + i, (Math.Abs((long)s) % 1001) / 1000.0, (s % 7) / 10.0)).ToArray();

        return MultipleTesting.AdjustScan(findings).Zip(findings)
            .All(p => p.Second.Severity != Severity.NotEnoughData || p.First.Severity == Severity.NotEnoughData);
    }

    private static Finding Make(string code, double p, double effect) =>
        new(code, code, Severity.Clear, new EffectSize("effect", effect, "", 0.1), [], p, p, "", []);
}
