namespace Goodhart.StressTest;

/// <summary>The numbers of the scoring model, kept in the instrument file so they can be read and changed.</summary>
/// <param name="Bands">Band lower edges on the 0–100 scale, ascending, the first at 0.</param>
/// <param name="OverallPower">
/// Exponent p of the power mean that combines the dimensions: (Σ sᵢᵖ / k)^(1/p). p = 1 is the plain
/// mean; larger p lets one very high dimension carry the overall score.
/// </param>
/// <param name="DysfunctionAmplify">The most the dysfunction checklist can add to a dimension's multiplier (all linked dysfunctions at 4).</param>
/// <param name="LowConfidence">Below this share of answered weight a score is marked as resting on too few answers.</param>
/// <param name="WatchAtLeast">Answers at or above this value put an item's or dysfunction's signal on the watch list.</param>
/// <param name="LikelyAtLeast">Dysfunctions with likelihood at or above this (0–100) are listed as likely.</param>
/// <param name="DriverCount">How many top drivers a report lists per score.</param>
/// <param name="EaseWeight">
/// The share of a dysfunction's likelihood that comes from its checklist answer; the rest comes from the
/// answers named as its evidence.
/// </param>
public sealed record ScoringSettings(
    IReadOnlyList<BandEdge> Bands,
    double OverallPower,
    double DysfunctionAmplify,
    double LowConfidence,
    int WatchAtLeast,
    double LikelyAtLeast,
    int DriverCount,
    double EaseWeight)
{
    /// <summary>The band a score falls in.</summary>
    /// <param name="score">A score on the 0–100 scale.</param>
    public Band BandOf(double score)
    {
        var band = Bands[0].Band;
        foreach (var edge in Bands)
        {
            if (score >= edge.From)
            {
                band = edge.Band;
            }
        }

        return band;
    }
}
