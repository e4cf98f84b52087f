namespace Goodhart.Store;

/// <summary>
/// A false-alarm simulation already run, kept so a page view does not run it again. The key is a hash of everything
/// the simulation depends on (chart family, phase lengths, baseline, rules, constants, replicates, seed), so a
/// changed input finds no row and the simulation runs afresh.
/// </summary>
public sealed class FalseAlarmResult
{
    /// <summary>The hash of the simulation's inputs, in hexadecimal.</summary>
    public string Key { get; set; } = "";

    /// <summary>The estimated chance of at least one signal on a stable process.</summary>
    public double Probability { get; set; }

    /// <summary>The standard error of that estimate.</summary>
    public double StandardError { get; set; }

    /// <summary>The replicates simulated.</summary>
    public int Replicates { get; set; }

    /// <summary>The seed used.</summary>
    public int Seed { get; set; }

    /// <summary>The estimate in words.</summary>
    public string Sentence { get; set; } = "";

    /// <summary>When the simulation was run.</summary>
    public DateOnly ComputedOn { get; set; }
}
