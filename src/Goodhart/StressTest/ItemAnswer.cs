namespace Goodhart.StressTest;

/// <summary>An answer on a 0–4 scale, or "not sure". An item with no answer at all is simply absent.</summary>
public readonly record struct ItemAnswer
{
    private ItemAnswer(int? rating) => Rating = rating;

    /// <summary>The rating 0–4, or <c>null</c> for "not sure".</summary>
    public int? Rating { get; }

    /// <summary>Whether the respondent said they were not sure.</summary>
    public bool IsNotSure => Rating is null;

    /// <summary>The "not sure" answer: it lowers confidence and never raises risk.</summary>
    public static ItemAnswer NotSure => default;

    /// <summary>The text stored in answer files for "not sure".</summary>
    public const string NotSureText = "not-sure";

    /// <summary>A rating on the 0–4 scale.</summary>
    /// <param name="value">0 (least risky) to 4 (riskiest).</param>
    public static ItemAnswer Rated(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 4);
        return new ItemAnswer(value);
    }

    /// <summary>The answer as stored: the digit, or <c>not-sure</c>.</summary>
    public override string ToString() => Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NotSureText;
}
