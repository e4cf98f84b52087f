namespace Goodhart.Tests.Statistics.Density;

/// <summary>Compares with the fixture: NaN must stay NaN; otherwise within 1e-9, absolute up to 1 and relative above.</summary>
internal static class BaselineAssert
{
    public const double Tolerance = 1e-9;

    public static void Close(double expected, double actual)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"expected not computed (NaN), got {actual:R}");
            return;
        }

        var error = Math.Abs(actual - expected) / Math.Max(1, Math.Abs(expected));
        Assert.True(error <= Tolerance, $"expected {expected:R}, got {actual:R} (scaled error {error:E2})");
    }
}
