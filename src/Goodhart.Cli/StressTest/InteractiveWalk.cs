using Goodhart.StressTest;
using Spectre.Console;

namespace Goodhart.Cli.StressTest;

/// <summary>
/// The guided stress test in the terminal: the context, then one dimension at a time, then the
/// checklist. Every answer is saved to the answers file the moment it is given.
/// </summary>
internal sealed partial class InteractiveWalk(CliContext context, Instrument instrument)
{
    private const string Back = "back";
    private const string Quit = "quit";

    private readonly IAnsiConsole _console = context.Console;
    private readonly IReadOnlyList<WalkStep> _steps = Plan(instrument);

    /// <summary>The number of steps shown in the progress line ("3 of 8").</summary>
    public int StepCount => instrument.Dimensions.Count + 2;

    public sealed record Outcome(AnswerSheet? Sheet, string Path, IReadOnlyList<string> Warnings);

    public Outcome Run(string? resumePath, string? savePath, Respondent respondent)
    {
        if (!context.CanPrompt)
        {
            throw new InputException(
                "there is no terminal to answer questions in (standard input is not interactive).",
                "To run without prompts: goodhart stress-test template --measure \"Your measure\" > answers.json, " +
                "fill in answers.json, then: goodhart stress-test --answers answers.json --out reports");
        }

        AnswerSheet sheet;
        var warnings = new List<string>();
        string path;
        if (resumePath is not null)
        {
            path = context.Resolve(resumePath);
            (sheet, var w) = AnswerFiles.LoadSheet(context, resumePath, instrument);
            warnings.AddRange(w);
            foreach (var warning in w)
            {
                _console.Markup($"Warning: {warning}", "yellow");
            }

            _console.MarkupLine($"Resuming [bold]{(sheet.MeasureName ?? "a new stress test").EscapeMarkup()}[/] from {resumePath.EscapeMarkup()}.");
        }
        else
        {
            path = context.Resolve(savePath ?? $"goodhart-answers-{context.Clock.GetLocalNow():yyyyMMdd-HHmmss}.json");
            if (savePath is not null && File.Exists(path))
            {
                throw new InputException($"{savePath} already exists; to continue it use --resume {savePath}, or choose another file with --save.");
            }

            sheet = AnswerSheet.Blank(instrument, respondent);
            AnswerFiles.Save(path, sheet, instrument);
        }

        _console.MarkupLine($"Your answers are saved as you go in [bold]{Path.GetRelativePath(context.CurrentDirectory, path).EscapeMarkup()}[/].");
        _console.MarkupLine("Type [bold]back[/] (or choose ← Back) to return to the previous question, [bold]quit[/] to stop; you can resume later.");

        var cursor = Math.Clamp(sheet.Step, 0, _steps.Count);
        var shownStep = -1;
        while (cursor < _steps.Count)
        {
            var step = _steps[cursor];
            if (step.Step != shownStep)
            {
                ShowStepHeader(step.Step);
                shownStep = step.Step;
            }

            var (answered, command) = Ask(step, sheet);
            if (command == Quit)
            {
                AnswerFiles.Save(path, sheet with { Step = cursor }, instrument);
                var shown = Path.GetRelativePath(context.CurrentDirectory, path);
                _console.MarkupLine($"Stopped. Every answer so far is saved in [bold]{shown.EscapeMarkup()}[/].");
                _console.MarkupLine($"Continue with: [bold]goodhart stress-test --resume {Quote(shown).EscapeMarkup()}[/]");
                return new Outcome(null, path, warnings);
            }

            if (command == Back)
            {
                cursor = Math.Max(0, cursor - 1);
                shownStep = -1;
                sheet = sheet with { Step = cursor };
            }
            else
            {
                cursor++;
                var now = context.Clock.GetUtcNow();
                sheet = answered with { Step = cursor, Started = answered.Started ?? now, Updated = now };
            }

            AnswerFiles.Save(path, sheet, instrument);
        }

        _console.MarkupLine("[green]All questions answered.[/]");
        return new Outcome(sheet, path, warnings);
    }

    private static List<WalkStep> Plan(Instrument instrument)
    {
        var steps = instrument.Context.Select(q => new WalkStep(0, WalkStepKind.Context, q.Id)).ToList();
        for (var i = 0; i < instrument.Dimensions.Count; i++)
        {
            var dimension = instrument.Dimensions[i];
            steps.AddRange(dimension.Items.Select(item => new WalkStep(i + 1, WalkStepKind.Item, item.Id)));
            steps.Add(new WalkStep(i + 1, WalkStepKind.Reflection, dimension.Id));
        }

        steps.AddRange(instrument.Checklist.Dysfunctions.Select(d => new WalkStep(instrument.Dimensions.Count + 1, WalkStepKind.Dysfunction, d.Id)));
        return steps;
    }

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
