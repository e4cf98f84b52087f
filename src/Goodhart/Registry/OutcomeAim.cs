namespace Goodhart.Registry;

/// <summary>Whether the outcome a measure is about is one to prevent or one to bring about sooner.</summary>
public enum OutcomeAim
{
    /// <summary>An outcome to prevent (harm, failure demand, a breach).</summary>
    Prevent,

    /// <summary>An outcome to accelerate (recovery, resolution, a return to work).</summary>
    Accelerate,
}
