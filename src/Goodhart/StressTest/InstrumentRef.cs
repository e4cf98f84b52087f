namespace Goodhart.StressTest;

/// <summary>Which instrument, and which exact content of it, an answer file or report belongs to.</summary>
/// <param name="Id">Instrument id.</param>
/// <param name="Version">Instrument version.</param>
/// <param name="Hash">SHA-256 of the instrument's YAML, <c>sha256:</c> followed by hex.</param>
public sealed record InstrumentRef(string Id, string Version, string Hash);
