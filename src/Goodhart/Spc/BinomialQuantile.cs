using System.Collections.Concurrent;

namespace Goodhart.Spc;

/// <summary>Quantiles of Binomial(n, ½), the distribution of crossings of a random sequence.</summary>
internal static class BinomialQuantile
{
    private static readonly ConcurrentDictionary<int, int> Cache = new();

    /// <summary>
    /// The 5% quantile of Binomial(<paramref name="trials"/>, ½) as R's qbinom(0.05, n, 0.5) defines it: the
    /// smallest c with P(X ≤ c) ≥ 0.05.
    /// </summary>
    public static int LowerFivePercentOfHalf(int trials)
    {
        if (trials <= 0)
        {
            return 0;
        }

        return Cache.GetOrAdd(trials, static n => Quantile(n, 0.05));
    }

    private static int Quantile(int n, double p)
    {
        // Sum the probabilities in log space: 0.5^n underflows for n above about a thousand.
        var logPmf = -n * Math.Log(2);
        double cumulative = 0;
        for (var c = 0; c <= n; c++)
        {
            cumulative += Math.Exp(logPmf);

            // A small fuzz, as R's qbinom has, so rounding in the sum cannot push an exact 5% past the quantile.
            if (cumulative >= p - 1e-12)
            {
                return c;
            }

            logPmf += Math.Log(n - c) - Math.Log(c + 1);
        }

        return n;
    }
}
