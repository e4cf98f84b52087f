namespace Goodhart.Detection;

/// <summary>A time target on whole-unit durations: the threshold and which side of it complies.</summary>
/// <param name="Threshold">The threshold in whole units (e.g. 240 for four hours in minutes).</param>
/// <param name="Side">Whether the threshold itself meets the target.</param>
public readonly record struct DurationTarget(long Threshold, ComplySide Side = ComplySide.Below)
{
    /// <summary>The longest whole duration that still meets the target.</summary>
    public long LastMet => Side == ComplySide.Below ? Threshold - 1 : Threshold;

    /// <summary>The shortest whole duration that breaches the target.</summary>
    public long FirstBreach => LastMet + 1;

    /// <summary>The target moved by <paramref name="offset"/> units (a placebo threshold), same side.</summary>
    /// <param name="offset">Units to move by; negative moves earlier.</param>
    public DurationTarget Shift(long offset) => this with { Threshold = Threshold + offset };
}
