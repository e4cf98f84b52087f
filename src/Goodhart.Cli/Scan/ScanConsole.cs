using System.Globalization;
using Goodhart.Data.Scan;
using Goodhart.Findings;
using Goodhart.Reports.Scan;
using Goodhart.Scan;
using Spectre.Console;

namespace Goodhart.Cli.Scan;

/// <summary>What <c>goodhart scan</c> shows on the console: a progress bar per stage, and the summary table.</summary>
internal static class ScanConsole
{
    /// <summary>Runs <paramref name="work"/> with a bar per stage on standard error when someone watches it.</summary>
    public static T WithProgress<T>(CliContext context, Func<IProgress<ScanStage>?, T> work)
    {
        if (context.Progress is null)
        {
            return work(null);
        }

        return context.Progress.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .Start(progress =>
            {
                var stages = new Stages(progress);
                var result = work(stages);
                stages.Finish();
                return result;
            });
    }

    /// <summary>The seven findings as a table, the counts, and the reports written.</summary>
    public static void Summary(CliContext context, ScanResult result, IReadOnlyList<string> written)
    {
        var console = context.Console;
        var table = new Table().Border(TableBorder.Rounded).Title("Gaming scan");
        table.AddColumn("Finding");
        table.AddColumn("Severity");
        table.AddColumn(new TableColumn("Effect").RightAligned());
        table.AddColumn(new TableColumn("95% interval").RightAligned());
        table.AddColumn(new TableColumn("Adjusted p").RightAligned());
        foreach (var f in result.Findings)
        {
            table.AddRow(
                Markup.Escape(f.Code),
                $"[{Style(f.Severity)}]{Markup.Escape(ScanTexts.Severity(f.Severity))}[/]",
                Markup.Escape(f.Effect is { } e ? ScanTexts.Value(e.Value, e.Unit) : "–"),
                Markup.Escape(f.Effect is { } i ? ScanTexts.Interval(i.Interval, i.Unit) : "–"),
                Markup.Escape(ScanTexts.P(f.AdjustedPValue)));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Counted:N0} cases counted, {result.Excluded:N0} left out; p-values adjusted together across {result.Tests} tests (Holm)."));
        foreach (var f in result.Findings.Where(f => f.Severity is Severity.Alert or Severity.Watch))
        {
            console.WriteLine($"{f.Code} ({ScanTexts.Severity(f.Severity)}): {f.Sentence}");
        }

        foreach (var f in result.Findings.Where(f => f.Severity == Severity.NotEnoughData))
        {
            console.WriteLine($"{f.Code} (not enough data): {f.Sentence}");
        }

        foreach (var path in written)
        {
            console.WriteLine($"Wrote {path}");
        }
    }

    private static string Style(Severity severity) => severity switch
    {
        Severity.Alert => "red bold",
        Severity.Watch => "yellow",
        Severity.Clear => "green",
        _ => "grey",
    };

    /// <summary>One bar per stage; a stage's bar fills when the next one starts.</summary>
    private sealed class Stages(ProgressContext progress) : IProgress<ScanStage>
    {
        private ProgressTask? _current;

        public void Report(ScanStage value)
        {
            Finish();
            _current = progress.AddTask(string.Create(CultureInfo.InvariantCulture, $"{value.Index + 1}/{value.Count} {value.Name}"), maxValue: 1);
            _current.IsIndeterminate = true;
        }

        public void Finish()
        {
            if (_current is not null)
            {
                _current.IsIndeterminate = false;
                _current.Value = 1;
                _current.StopTask();
            }
        }
    }
}
