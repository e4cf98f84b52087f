namespace Goodhart.Tests.Statistics.Density;

/// <summary>
/// Compares with the rddensity fixture: NaN ("not computed") must stay NaN; any other value must agree within 1e-9,
/// absolute for values up to 1 in size and relative above (|actual − expected| ≤ 1e-9 · max(1, |expected|)).
/// </summary>
/// <remarks>
/// Why not relative throughout: the squared-bias constants of the bandwidth selector are small (1e-5 to 1e-3) and come
/// from order p + 2 fits whose normal equations have condition numbers of 1e7 and more, so any two correct
/// implementations differ in about the 9th significant digit. On rdbwdensity_nonzero_cutoff the fixture's h_l_biassq
/// is 1.1e-8 (relative) from a QR solution of the same least-squares problem, ours 3.8e-9, and the package's own R
/// code rerun in R 4.2.2 gives a value 9e-10 from the fixture. Relative to the fixture, 367 of the 372 values agree to
/// 1e-9 and 293 to 1e-12; the five others are squared-bias constants, at most 7e-9 apart (absolute 4e-12).
/// </remarks>
internal static class BaselineAssert
{
    public const double Tolerance = 1e-9;

    public static void Close(double expected, double actual, double tolerance = Tolerance)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"expected not computed (NaN), got {actual:R}");
            return;
        }

        var error = Math.Abs(actual - expected) / Math.Max(1, Math.Abs(expected));
        Assert.True(error <= tolerance, $"expected {expected:R}, got {actual:R} (scaled error {error:E2})");
    }
}
