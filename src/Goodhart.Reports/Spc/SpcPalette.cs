using Goodhart.Spc;

namespace Goodhart.Reports.Spc;

/// <summary>The colours of SPC output, after Making Data Count's: grey, blue, orange and purple.</summary>
public static class SpcPalette
{
    /// <summary>Common-cause points and icons (grey).</summary>
    public const string CommonCause = "#A6A6A6";

    /// <summary>Improvement (blue).</summary>
    public const string Improvement = "#289DE0";

    /// <summary>Concern (orange; the darker of Making Data Count's two, for contrast on white).</summary>
    public const string Concern = "#E46C0A";

    /// <summary>Special cause where neither direction is better (purple).</summary>
    public const string Neutral = "#7030A0";

    /// <summary>The target line (dark red, unlike any signal colour).</summary>
    public const string Target = "#B0172F";

    /// <summary>The colour of a point's signal kind.</summary>
    /// <param name="kind">The signal kind.</param>
    public static string Of(SignalKind kind) => kind switch
    {
        SignalKind.Improvement => Improvement,
        SignalKind.Concern => Concern,
        SignalKind.Neutral => Neutral,
        _ => CommonCause,
    };

    /// <summary>The colour of a variation verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    public static string Of(VariationVerdict verdict) => verdict switch
    {
        VariationVerdict.SpecialCauseImprovement => Improvement,
        VariationVerdict.SpecialCauseConcern => Concern,
        VariationVerdict.SpecialCauseNeutral => Neutral,
        _ => CommonCause,
    };

    /// <summary>The colour of an assurance verdict: pass blue, fail orange, hit and miss grey.</summary>
    /// <param name="verdict">The verdict.</param>
    public static string Of(AssuranceVerdict verdict) => verdict switch
    {
        AssuranceVerdict.ConsistentlyPass => Improvement,
        AssuranceVerdict.ConsistentlyFail => Concern,
        _ => CommonCause,
    };
}
