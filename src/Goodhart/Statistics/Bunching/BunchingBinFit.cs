namespace Goodhart.Statistics.Bunching;

/// <summary>One bin of the window with its observed and counterfactual count.</summary>
/// <param name="Value">The bin's label, z* + k·w.</param>
/// <param name="Offset">k, the bin's position relative to z*'s bin (0), negative below.</param>
/// <param name="Count">The observed number of cases.</param>
/// <param name="Counterfactual">The fitted polynomial at k: the count expected without bunching (after the integration correction, when it is on).</param>
/// <param name="InBunchingRegion">Whether the bin belongs to the bunching region (z*'s bin and the excluded bins), which the polynomial is not fitted to.</param>
public readonly record struct BunchingBinFit(double Value, int Offset, double Count, double Counterfactual, bool InBunchingRegion)
{
    /// <summary>Observed minus counterfactual count.</summary>
    public double Excess => Count - Counterfactual;
}
