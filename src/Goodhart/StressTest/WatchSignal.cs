namespace Goodhart.StressTest;

/// <summary>An early-warning signal to watch for, drawn from the answers.</summary>
/// <param name="Signal">What to watch.</param>
/// <param name="Because">The answer that put it on the list.</param>
/// <param name="Priority">Whether the answer reached the instrument's watch level.</param>
public sealed record WatchSignal(string Signal, string Because, bool Priority);
