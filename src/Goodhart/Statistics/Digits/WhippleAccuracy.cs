namespace Goodhart.Statistics.Digits;

/// <summary>
/// The United Nations' reading of Whipple's index for ages ending in 0 or 5 (UN Demographic Yearbook; Shryock &amp;
/// Siegel, <i>The Methods and Materials of Demography</i>, 1976, ch. 8): below 105, 105–110, 110–125, 125–175, and 175
/// or more. The ranges were set for the 0-or-5 index; read them loosely for other multiples.
/// </summary>
public enum WhippleAccuracy
{
    /// <summary>Below 105: highly accurate.</summary>
    HighlyAccurate,

    /// <summary>105 to below 110: fairly accurate.</summary>
    FairlyAccurate,

    /// <summary>110 to below 125: approximate.</summary>
    Approximate,

    /// <summary>125 to below 175: rough.</summary>
    Rough,

    /// <summary>175 or more: very rough.</summary>
    VeryRough,
}
