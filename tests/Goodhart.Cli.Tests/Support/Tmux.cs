using System.Diagnostics;

namespace Goodhart.Cli.Tests.Support;

/// <summary>
/// Drives the real goodhart program in a real terminal (a detached tmux session): keys are sent as a
/// person would type them and the screen is read back.
/// </summary>
internal sealed class Tmux : IDisposable
{
    private readonly string _session = "goodhart-" + Guid.NewGuid().ToString("N")[..8];

    public Tmux(string workingDirectory, params string[] goodhartArgs)
    {
        // The build copies the command, with its runtime configuration and dependencies, next to the tests: run that
        // copy, so the test drives exactly the build it belongs to.
        var dll = Path.Combine(AppContext.BaseDirectory, "Goodhart.Cli.dll");
        if (!File.Exists(dll) || !File.Exists(Path.Combine(AppContext.BaseDirectory, "Goodhart.Cli.runtimeconfig.json")))
        {
            throw new InvalidOperationException($"{dll} or its runtime configuration is missing: build the solution first (./test.sh does).");
        }

        var command = $"dotnet '{dll}' {string.Join(' ', goodhartArgs.Select(a => $"'{a}'"))}; echo \"EXIT=$?\"; sleep 120";
        Run("new-session", "-d", "-s", _session, "-x", "140", "-y", "50", "-c", workingDirectory, command);
    }

    public void Send(params string[] keys) => Run(["send-keys", "-t", _session, .. keys]);

    public void Type(string text) => Run("send-keys", "-t", _session, "-l", "--", text);

    public string Screen() => Run("capture-pane", "-t", _session, "-p", "-S", "-200");

    /// <summary>Waits until the screen shows the text, polling; fails with the screen if it never does.</summary>
    public void WaitFor(string text, int seconds = 30)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            if (Screen().Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            Task.Delay(100).Wait();
        }

        throw new TimeoutException($"'{text}' did not appear within {seconds} s. Screen:\n{Screen()}");
    }

    /// <summary>Kills the goodhart process with SIGKILL, as a crash or a closed laptop would.</summary>
    public void KillProgram()
    {
        var pane = Run("list-panes", "-t", _session, "-F", "#{pane_pid}").Trim();
        using var pkill = Process.Start(new ProcessStartInfo("pkill", ["-9", "-P", pane, "-f", "Goodhart.Cli.dll"]) { UseShellExecute = false })!;
        pkill.WaitForExit();
    }

    public void Dispose() => Run("kill-session", "-t", _session);

    private static string Run(params string[] args)
    {
        var info = new ProcessStartInfo("tmux", args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("tmux is not installed: run ./test.sh, which installs it.");
        }
    }
}
