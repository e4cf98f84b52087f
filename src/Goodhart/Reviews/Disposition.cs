namespace Goodhart.Reviews;

/// <summary>What a review meeting decided about a signal it discussed.</summary>
public enum Disposition
{
    /// <summary>Looked at and judged to be the process's ordinary variation after all: nothing to do.</summary>
    Noise,

    /// <summary>Not yet understood: someone is finding out what happened.</summary>
    Investigating,

    /// <summary>A real change in the work, with an action to follow it up.</summary>
    Real,
}
