namespace Goodhart.Statistics.Digits;

/// <summary>Which leading digits a Benford test looks at.</summary>
public enum BenfordDigits
{
    /// <summary>The first significant digit, 1–9: P(d) = log₁₀(1 + 1/d).</summary>
    First,

    /// <summary>The first two significant digits, 10–99: P(dd) = log₁₀(1 + 1/dd) (Nigrini 2012, ch. 5).</summary>
    FirstTwo,
}
