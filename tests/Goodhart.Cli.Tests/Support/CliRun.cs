using Spectre.Console.Testing;

namespace Goodhart.Cli.Tests.Support;

/// <summary>Runs the goodhart command in process against a test console and a scratch folder.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun(bool interactive = false)
    {
        Directory = Path.Combine(Path.GetTempPath(), "goodhart-cli-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Console = new TestConsole();
        Console.Profile.Width = 160;
        if (interactive)
        {
            Console.Interactive();
        }

        Interactive = interactive;
    }

    public string Directory { get; }

    public TestConsole Console { get; }

    public bool Interactive { get; }

    public StringWriter Out { get; } = new();

    public StringWriter Error { get; } = new();

    /// <summary>Where progress bars go, as if standard error were a terminal; <c>null</c> (the default) shows none.</summary>
    public TestConsole? Progress { get; init; }

    public int Run(params string[] args)
    {
        var context = new CliContext(Console, Out, Error, new FixedClock(), Directory, Interactive) { Progress = Progress };
        return CliApp.Run(args, context);
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>23 November 2026, 10:00 UTC: reports made in tests carry a fixed date.</summary>
    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
