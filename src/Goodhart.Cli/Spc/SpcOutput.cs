using System.Globalization;
using Goodhart.Reports.Charts;
using Goodhart.Reports.Spc;
using Goodhart.Spc;
using Spectre.Console;

namespace Goodhart.Cli.Spc;

/// <summary>Writes charted series in the format asked for, and tells the user what the engine warned about.</summary>
internal static class SpcOutput
{
    private const int ChartWidth = 900;
    private const int ChartHeight = 520;
    private const int MaxWarningsShown = 5;

    public static OutputFormat ParseFormat(string text, bool summary)
    {
        var format = text.Trim().ToLowerInvariant() switch
        {
            "csv" => OutputFormat.Csv,
            "json" => OutputFormat.Json,
            "svg" => OutputFormat.Svg,
            "png" => OutputFormat.Png,
            "html" => OutputFormat.Html,
            _ => throw new InputException($"--format: '{text}' is not an output format; use csv, json, svg, png or html."),
        };
        if (summary && format != OutputFormat.Csv)
        {
            throw new InputException("--summary writes a CSV with one row per series; use it with --format csv (the json and html outputs already carry the summary).");
        }

        return summary ? OutputFormat.SummaryCsv : format;
    }

    public static void ReportWarnings(CliContext context, IReadOnlyList<SpcResult> results)
    {
        if (results.Count == 1)
        {
            foreach (var warning in results[0].Warnings)
            {
                context.Error.WriteLine($"goodhart: warning: {warning.Message}");
            }

            return;
        }

        // With many series the same kind of warning repeats; past a few, one line per kind says how many and where.
        foreach (var kind in results.SelectMany(r => r.Warnings.Select(w => (Series: r.Name, Warning: w))).GroupBy(w => w.Warning.Code))
        {
            var items = kind.ToList();
            if (items.Count <= MaxWarningsShown)
            {
                foreach (var (series, warning) in items)
                {
                    context.Error.WriteLine($"goodhart: warning: {series}: {warning.Message}");
                }

                continue;
            }

            var names = items.Select(i => i.Series).Distinct().ToList();
            var shown = string.Join(", ", names.Take(MaxWarningsShown));
            var more = names.Count > MaxWarningsShown ? string.Create(CultureInfo.InvariantCulture, $" and {names.Count - MaxWarningsShown} more") : string.Empty;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"goodhart: warning: {names.Count} series: {WarningKinds.Describe(kind.Key)} ({shown}{more}); --format json gives each one."));
        }
    }

    public static void Write(CliContext context, IReadOnlyList<SpcResult> results, OutputFormat format, string? output, string input)
    {
        var stem = Path.GetFileNameWithoutExtension(input);
        switch (format)
        {
            case OutputFormat.Csv:
                WriteText(context, output, writer => SpcCsv.WritePoints(writer, results));
                break;
            case OutputFormat.SummaryCsv:
                WriteText(context, output, writer => SpcCsv.WriteSummary(writer, results));
                break;
            case OutputFormat.Json:
                if (output is null || output == "-")
                {
                    WriteText(context, output, writer => writer.Write(SpcJson.Write(results)));
                }
                else
                {
                    // Straight to the file: 100,000 points make tens of megabytes, not worth a detour through a string.
                    var path = context.Resolve(output);
                    AtomicWrite(path, stream => SpcJson.Write(stream, results));
                    context.Error.WriteLine($"Wrote {path}");
                }

                break;
            case OutputFormat.Html:
                {
                    var path = context.Resolve(output ?? stem + "-spc.html");
                    var html = WithProgress(context, results.Count, "Drawing charts", tick =>
                        SpcHtmlPage.Render(results, new SpcPageOptions(SourceFile: Path.GetFileName(input), GeneratedAt: context.Clock.GetUtcNow()), tick));
                    AtomicWrite(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(html)));
                    context.Error.WriteLine($"Wrote {path}");
                    break;
                }

            case OutputFormat.Svg:
            case OutputFormat.Png:
                WriteCharts(context, results, format, output, stem);
                break;
        }
    }

    private static void WriteCharts(CliContext context, IReadOnlyList<SpcResult> results, OutputFormat format, string? output, string stem)
    {
        var extension = format == OutputFormat.Svg ? ".svg" : ".png";
        if (results.Count == 1 && (output is null || !Directory.Exists(context.Resolve(output))))
        {
            var path = context.Resolve(output ?? stem + extension);
            WriteChart(results[0], format, path);
            context.Error.WriteLine($"Wrote {path}");
            return;
        }

        // Many series: one file each in a folder, named after the series.
        var folder = context.Resolve(output ?? stem + "-charts");
        Directory.CreateDirectory(folder);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        WithProgress(context, results.Count, "Drawing charts", tick =>
        {
            foreach (var result in results)
            {
                var name = SafeName(result.Name, used);
                WriteChart(result, format, Path.Combine(folder, name + extension));
                tick();
            }

            return 0;
        });
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {results.Count} charts to {folder}"));
    }

    private static void WriteChart(SpcResult result, OutputFormat format, string path)
    {
        var spec = new SpcChartSpec(result);
        if (format == OutputFormat.Svg)
        {
            var svg = ChartRenderer.ToSvg(spec, ChartWidth, ChartRenderer.PreferredHeight(spec));
            AtomicWrite(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(svg)));
        }
        else
        {
            var png = ChartRenderer.ToPng(spec, ChartWidth, ChartRenderer.PreferredHeight(spec));
            AtomicWrite(path, stream => stream.Write(png));
        }
    }

    private static string SafeName(string name, HashSet<string> used)
    {
        var chars = name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray();
        var safe = new string(chars).Trim('.');
        if (safe.Length == 0)
        {
            safe = "series";
        }

        if (safe.Length > 80)
        {
            safe = safe[..80];
        }

        var candidate = safe;
        for (var k = 2; !used.Add(candidate); k++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{safe}-{k}");
        }

        return candidate;
    }

    public static void WriteFile(CliContext context, string output, byte[] bytes)
    {
        var path = context.Resolve(output);
        AtomicWrite(path, stream => stream.Write(bytes));
        context.Error.WriteLine($"Wrote {path}");
    }

    public static void WriteText(CliContext context, string? output, Action<TextWriter> write)
    {
        if (output is null || output == "-")
        {
            write(context.Out);
            context.Out.Flush();
            return;
        }

        var path = context.Resolve(output);
        AtomicWrite(path, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            write(writer);
        });
        context.Error.WriteLine($"Wrote {path}");
    }

    private static void AtomicWrite(string path, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // A half-written chart or CSV must never replace a good one: write aside, then move into place.
        var temporary = path + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using (var stream = File.Create(temporary))
        {
            write(stream);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static T WithProgress<T>(CliContext context, int count, string label, Func<Action, T> work)
    {
        if (context.Progress is null || count < 10)
        {
            return work(() => { });
        }

        return context.Progress.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(label, maxValue: count);
                return work(() => task.Increment(1));
            });
    }
}
