using Spectre.Console;

namespace Goodhart.Cli;

/// <summary>
/// What a command may touch of the outside world, passed in so tests can drive the CLI in process.
/// </summary>
/// <param name="Console">Where prompts, tables and progress go.</param>
/// <param name="Out">Plain standard output, for machine-readable output such as a template.</param>
/// <param name="Error">Standard error, for problems.</param>
/// <param name="Clock">The time source for dates in reports and file names.</param>
/// <param name="CurrentDirectory">Where relative paths and default files go.</param>
/// <param name="CanPrompt">Whether a person is there to answer prompts.</param>
internal sealed record CliContext(
    IAnsiConsole Console,
    TextWriter Out,
    TextWriter Error,
    TimeProvider Clock,
    string CurrentDirectory,
    bool CanPrompt)
{
    public string Resolve(string path) => Path.GetFullPath(path, CurrentDirectory);

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>
    /// A console on standard error for progress bars, or <c>null</c> when nobody watches (standard error is
    /// redirected, or a test drives the CLI): standard output may be carrying a CSV.
    /// </summary>
    public IAnsiConsole? Progress { get; init; }
}
