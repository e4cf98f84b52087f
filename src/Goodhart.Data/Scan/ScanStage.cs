namespace Goodhart.Data.Scan;

/// <summary>One step of a scan, reported as it starts: what is being done, and how far along the scan is.</summary>
/// <param name="Name">What the step does, in plain words (e.g. "Counting cases by duration").</param>
/// <param name="Index">The step's 0-based position.</param>
/// <param name="Count">How many steps the scan has.</param>
public readonly record struct ScanStage(string Name, int Index, int Count);
