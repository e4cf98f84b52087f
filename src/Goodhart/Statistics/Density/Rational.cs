using System.Numerics;

namespace Goodhart.Statistics.Density;

/// <summary>
/// An exact fraction, for the kernel constants: their matrices are Hilbert-like (the order-5 Gram matrix has a
/// condition number near 1e9), so inverting them in doubles loses eight digits that exact arithmetic keeps.
/// </summary>
internal readonly record struct Rational
{
    private Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsZero && !gcd.IsOne)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Rational Zero { get; } = new(0, 1);

    public bool IsZero => Numerator.IsZero;

    public static Rational Of(long numerator, long denominator = 1) => new(numerator, denominator);

    public static Rational operator +(Rational a, Rational b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    /// <summary>The nearest double, from a quotient carried to 64 significant bits.</summary>
    public double ToDouble()
    {
        if (Numerator.IsZero)
        {
            return 0;
        }

        var shift = 64 - (int)(BigInteger.Abs(Numerator).GetBitLength() - Denominator.GetBitLength());
        var quotient = shift >= 0 ? (Numerator << shift) / Denominator : Numerator / (Denominator << -shift);
        return Math.ScaleB((double)quotient, -shift);
    }

    /// <summary>Solves A·X = B exactly by Gauss–Jordan elimination (A square and non-singular).</summary>
    public static Rational[,] Solve(Rational[,] a, Rational[,] b)
    {
        var n = a.GetLength(0);
        var m = b.GetLength(1);
        var work = new Rational[n, n + m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                work[i, j] = a[i, j];
            }

            for (var j = 0; j < m; j++)
            {
                work[i, n + j] = b[i, j];
            }
        }

        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            while (work[pivot, c].IsZero)
            {
                pivot++;
            }

            for (var j = 0; j < n + m; j++)
            {
                (work[c, j], work[pivot, j]) = (work[pivot, j], work[c, j]);
            }

            var p = work[c, c];
            for (var j = 0; j < n + m; j++)
            {
                work[c, j] /= p;
            }

            for (var r = 0; r < n; r++)
            {
                if (r == c || work[r, c].IsZero)
                {
                    continue;
                }

                var f = work[r, c];
                for (var j = 0; j < n + m; j++)
                {
                    work[r, j] -= f * work[c, j];
                }
            }
        }

        var x = new Rational[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                x[i, j] = work[i, n + j];
            }
        }

        return x;
    }
}
