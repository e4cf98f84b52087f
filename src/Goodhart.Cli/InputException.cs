using Goodhart.Input;

namespace Goodhart.Cli;

/// <summary>
/// A user's input cannot be used. Carries every problem found; the CLI prints them and exits with
/// code 2. It is the only exception the commands throw on purpose.
/// </summary>
internal sealed class InputException : Exception
{
    public InputException(IReadOnlyList<InputProblem> problems, string? hint = null)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
        Hint = hint;
    }

    public InputException(string message, string? hint = null)
        : this([new InputProblem("", 0, "", message)], hint)
    {
    }

    public IReadOnlyList<InputProblem> Problems { get; }

    public string? Hint { get; }
}
