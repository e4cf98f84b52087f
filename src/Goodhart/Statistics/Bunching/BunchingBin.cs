namespace Goodhart.Statistics.Bunching;

/// <summary>
/// One bin of a histogram handed to the bunching estimator: the bin's label (its value on the grid
/// z* + k·w, see <see cref="BinValue"/>) and the number of cases in it.
/// </summary>
/// <param name="Value">The bin's label: z* + k·w for a whole number k.</param>
/// <param name="Count">The number of cases in the bin (not negative).</param>
public readonly record struct BunchingBin(double Value, double Count);
