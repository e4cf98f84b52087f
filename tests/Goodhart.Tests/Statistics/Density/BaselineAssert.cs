namespace Goodhart.Tests.Statistics.Density;

/// <summary>
/// Compares with the rddensity fixture: NaN ("not computed") must stay NaN; any other value must agree within 1e-9,
/// absolute for values up to 1 in size and relative above (|actual − expected| ≤ 1e-9 · max(1, |expected|)).
/// </summary>
/// <remarks>
/// Why not relative throughout: the squared-bias constants of the bandwidth selector are small (1e-5 to 1e-3) and come
/// from order p + 2 fits whose normal equations have condition numbers near 1e7, so any two correct implementations
/// differ in about the 9th significant digit. On rdbwdensity_nonzero_cutoff the package's h_l_biassq is 1.1e-8
/// (relative) from a QR solution of the same least-squares problem, ours 3.8e-9; the worst relative gap to the fixture
/// is 7e-9 (h_l_biassq there). Every other value agrees to better than 1e-9 relative, most to 1e-12.
/// </remarks>
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
