using System.Diagnostics;
using System.Text;

namespace Goodhart.Testing;

/// <summary>Runs the poppler command-line tools (pdftotext, pdftoppm, pdfinfo) on PDF files; compiled into every test project.</summary>
internal static class Poppler
{
    /// <summary>Runs <paramref name="tool"/> with <paramref name="arguments"/> and returns its standard output.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var path = Find(tool);
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + path);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{tool} did not finish within two minutes.");
        }

        Assert.True(process.ExitCode == 0, $"{tool} failed with exit code {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    /// <summary>The text of a PDF as pdftotext reads it (UTF-8).</summary>
    public static string Text(string pdfPath) => Run("pdftotext", "-enc", "UTF-8", pdfPath, "-");

    private static string Find(string tool)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"{tool} was not found on PATH. It comes with poppler-utils: run ./test.sh, which installs it.");
        return tool;
    }
}
