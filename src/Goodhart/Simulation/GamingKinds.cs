namespace Goodhart.Simulation;

/// <summary>The kinds of gaming the case-log simulator can inject; a case carries the ones that changed it.</summary>
[Flags]
public enum GamingKinds
{
    /// <summary>No gaming touched the case.</summary>
    None = 0,

    /// <summary>Rushing: the case was hurried out in the ten minutes before the threshold.</summary>
    Rushing = 1,

    /// <summary>Parking: the case's time past the threshold ran slower.</summary>
    Parking = 2,

    /// <summary>Storing up: the case's completion was held back to the last days of its month.</summary>
    StoringUp = 4,

    /// <summary>Reclassification: the breaching case was recorded in the exempt category.</summary>
    Reclassification = 8,

    /// <summary>Cherry-picking: the short case jumped the queue of its priority class.</summary>
    CherryPicking = 16,

    /// <summary>Rework: the case is an extra repeat attendance after a case closed just inside the threshold.</summary>
    Rework = 32,

    /// <summary>Pretend numbers: the case's duration was written down as the nearest multiple of 5 minutes.</summary>
    PretendNumbers = 64,
}
