using System.Collections.Immutable;
using System.Globalization;
using Goodhart.StressTest;
using Spectre.Console;

namespace Goodhart.Cli.StressTest;

/// <summary>The prompts of the walk: what each kind of question looks like on screen.</summary>
internal sealed partial class InteractiveWalk
{
    private const string NotSureChoice = "not-sure";

    private void ShowStepHeader(int step)
    {
        var progress = string.Create(CultureInfo.InvariantCulture, $"Step {step + 1} of {StepCount}");
        _console.WriteLine();
        if (step == 0)
        {
            _console.Write(new Rule($"[bold]{progress}: the measure[/]").LeftJustified());
            _console.MarkupLine("First, a few questions about the measure and how it is used.");
            return;
        }

        if (step == StepCount - 1)
        {
            _console.Write(new Rule($"[bold]{progress}: {instrument.Checklist.Title.EscapeMarkup()}[/]").LeftJustified());
            _console.MarkupLine(instrument.Checklist.Prompt.EscapeMarkup());
            return;
        }

        var dimension = instrument.Dimensions[step - 1];
        _console.Write(new Rule($"[bold]{progress}: {dimension.Title.EscapeMarkup()}[/]").LeftJustified());
        var body = new Rows(
            new Markup($"[bold]{dimension.Question.EscapeMarkup()}[/]"),
            new Markup(dimension.Prompt.EscapeMarkup()),
            new Markup($"[grey]Why this matters:[/] {dimension.Why.EscapeMarkup()}"),
            new Markup($"[grey]Draws on: {string.Join(", ", dimension.DrawsOn).EscapeMarkup()}[/]"));
        _console.Write(new Panel(body).Border(BoxBorder.Rounded).Expand());
    }

    private (AnswerSheet Sheet, string? Command) Ask(WalkStep step, AnswerSheet sheet) => step.Kind switch
    {
        WalkStepKind.Context => AskContext(instrument.Context.First(q => q.Id == step.Id), sheet),
        WalkStepKind.Item => AskItem(instrument.FindItem(step.Id)!, sheet),
        WalkStepKind.Reflection => AskReflection(instrument.FindDimension(step.Id)!, sheet),
        _ => AskDysfunction(instrument.Checklist.Dysfunctions.First(d => d.Id == step.Id), sheet),
    };

    private (AnswerSheet, string?) AskContext(ContextQuestion question, AnswerSheet sheet)
    {
        _console.WriteLine();
        if (question.Help.Length > 0)
        {
            _console.MarkupLine($"[grey]{question.Help.EscapeMarkup()}[/]");
        }

        if (question.Kind is ContextKind.Text or ContextKind.LongText)
        {
            var (text, command) = AskText(question.Prompt, sheet.ContextText(question.Id), question.Required);
            return command is not null ? (sheet, command) : (sheet with { Context = SetContext(sheet, question.Id, text.Length == 0 ? [] : [text]) }, null);
        }

        var previous = sheet.ContextValues(question.Id);
        var choices = question.Options.Select(o => new Choice(o.Label, o.Id)).ToList();
        if (question.Kind == ContextKind.Choice)
        {
            var picked = Select(question.Prompt, choices, previous.IsDefaultOrEmpty ? null : question.Options.FirstOrDefault(o => o.Id == previous[0])?.Label, allowNotSure: !question.Required);
            return picked.Value is Back or Quit
                ? (sheet, picked.Value)
                : (sheet with { Context = SetContext(sheet, question.Id, picked.Value == NotSureChoice ? [] : [picked.Value]) }, null);
        }

        var prompt = new MultiSelectionPrompt<Choice>()
            .Title($"[bold]{question.Prompt.EscapeMarkup()}[/] [grey](space to tick, enter to confirm{(question.Required ? "; tick at least one" : "")})[/]")
            .NotRequired()
            .PageSize(12)
            .UseConverter(c => c.Label.EscapeMarkup())
            .AddChoices(choices)
            .AddChoices(new Choice("← Back", Back), new Choice("Save and quit", Quit));
        foreach (var choice in choices.Where(c => previous.Contains(c.Value)))
        {
            prompt.Select(choice);
        }

        while (true)
        {
            var ticked = _console.Prompt(prompt);
            if (ticked.FirstOrDefault(c => c.Value is Back or Quit) is { } command)
            {
                return (sheet, command.Value);
            }

            if (question.Required && ticked.Count == 0)
            {
                _console.MarkupLine("[yellow]Tick at least one (space bar), then press enter.[/]");
                continue;
            }

            _console.MarkupLine($"[grey]{question.Prompt.EscapeMarkup()}[/] {string.Join("; ", ticked.Select(t => t.Label)).EscapeMarkup()}");
            return (sheet with { Context = SetContext(sheet, question.Id, [.. ticked.Select(t => t.Value)]) }, null);
        }
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> SetContext(AnswerSheet sheet, string id, ImmutableArray<string> values) =>
        values.IsEmpty ? sheet.Context.Remove(id) : sheet.Context.SetItem(id, values);

    private (AnswerSheet, string?) AskItem(RatedItem item, AnswerSheet sheet)
    {
        var choices = item.Anchors.Select((a, i) => new Choice(string.Create(CultureInfo.InvariantCulture, $"{i} · {a}"), i.ToString(CultureInfo.InvariantCulture))).ToList();
        var previous = sheet.Items.TryGetValue(item.Id, out var answer) ? answer.Rating is { } r ? choices[r].Label : "not sure" : null;
        var picked = Select(item.Text, choices, previous, allowNotSure: true);
        return picked.Value switch
        {
            Back or Quit => (sheet, picked.Value),
            NotSureChoice => (sheet with { Items = sheet.Items.SetItem(item.Id, ItemAnswer.NotSure) }, null),
            var v => (sheet with { Items = sheet.Items.SetItem(item.Id, ItemAnswer.Rated(int.Parse(v, CultureInfo.InvariantCulture))) }, null),
        };
    }

    private (AnswerSheet, string?) AskDysfunction(Dysfunction dysfunction, AnswerSheet sheet)
    {
        _console.MarkupLine($"[bold]{dysfunction.Title.EscapeMarkup()}[/] [grey]— {dysfunction.Description.EscapeMarkup()}[/]");
        var anchors = instrument.Checklist.Anchors;
        var choices = anchors.Select((a, i) => new Choice(string.Create(CultureInfo.InvariantCulture, $"{i} · {a}"), i.ToString(CultureInfo.InvariantCulture))).ToList();
        var previous = sheet.Dysfunctions.TryGetValue(dysfunction.Id, out var answer) ? answer.Rating is { } r ? choices[r].Label : "not sure" : null;
        var picked = Select(dysfunction.Question, choices, previous, allowNotSure: true);
        return picked.Value switch
        {
            Back or Quit => (sheet, picked.Value),
            NotSureChoice => (sheet with { Dysfunctions = sheet.Dysfunctions.SetItem(dysfunction.Id, ItemAnswer.NotSure) }, null),
            var v => (sheet with { Dysfunctions = sheet.Dysfunctions.SetItem(dysfunction.Id, ItemAnswer.Rated(int.Parse(v, CultureInfo.InvariantCulture))) }, null),
        };
    }

    private (AnswerSheet, string?) AskReflection(Dimension dimension, AnswerSheet sheet)
    {
        var (text, command) = AskText($"{dimension.Reflection} [grey](optional; press enter to skip)[/]", sheet.Reflections.GetValueOrDefault(dimension.Id), required: false, promptIsMarkup: true);
        if (command is not null)
        {
            return (sheet, command);
        }

        return (sheet with { Reflections = text.Length == 0 ? sheet.Reflections.Remove(dimension.Id) : sheet.Reflections.SetItem(dimension.Id, text) }, null);
    }

    private (string Text, string? Command) AskText(string prompt, string? previous, bool required, bool promptIsMarkup = false)
    {
        var title = promptIsMarkup ? $"[bold]{prompt}[/]" : $"[bold]{prompt.EscapeMarkup()}[/]";
        if (previous is not null)
        {
            _console.MarkupLine($"[grey]Your earlier answer: {previous.EscapeMarkup()} (press enter to keep it)[/]");
        }

        var text = new TextPrompt<string>(title)
            .AllowEmpty()
            .Validate(t => !required || t.Trim().Length > 0 || previous is not null
                ? ValidationResult.Success()
                : ValidationResult.Error("[yellow]This one is needed: type an answer (or back / quit).[/]"));
        var answer = _console.Prompt(text).Trim();
        if (answer.Equals(Back, StringComparison.OrdinalIgnoreCase) || answer.Equals(Quit, StringComparison.OrdinalIgnoreCase))
        {
            return ("", answer.ToLowerInvariant());
        }

        return (answer.Length == 0 && previous is not null ? previous : answer, null);
    }

    private Choice Select(string question, List<Choice> choices, string? previous, bool allowNotSure)
    {
        var title = $"[bold]{question.EscapeMarkup()}[/]" + (previous is null ? "" : $"\n[grey]Earlier answer: {previous.EscapeMarkup()}[/]");
        var prompt = new SelectionPrompt<Choice>()
            .Title(title)
            .PageSize(12)
            .WrapAround()
            .UseConverter(c => c.Label.EscapeMarkup())
            .AddChoices(choices);
        if (allowNotSure)
        {
            prompt.AddChoice(new Choice("Not sure", NotSureChoice));
        }

        prompt.AddChoices(new Choice("← Back", Back), new Choice("Save and quit", Quit));
        var picked = _console.Prompt(prompt);
        if (picked.Value is not (Back or Quit))
        {
            _console.MarkupLine($"[grey]{question.EscapeMarkup()}[/] {picked.Label.EscapeMarkup()}");
        }

        return picked;
    }

    private sealed record Choice(string Label, string Value);
}
