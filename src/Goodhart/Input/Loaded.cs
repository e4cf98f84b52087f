namespace Goodhart.Input;

/// <summary>The outcome of reading a user's input: the value when it was valid, otherwise every problem found.</summary>
/// <typeparam name="T">What was read.</typeparam>
public sealed record Loaded<T>
    where T : class
{
    private Loaded(T? value, IReadOnlyList<InputProblem> problems, IReadOnlyList<string> warnings)
    {
        Value = value;
        Problems = problems;
        Warnings = warnings;
    }

    /// <summary>The value, or <c>null</c> when there were problems.</summary>
    public T? Value { get; }

    /// <summary>Every problem found; empty when <see cref="Value"/> is set.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }

    /// <summary>Things worth telling the user that did not stop the read.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Whether the input was valid.</summary>
    public bool Succeeded => Value is not null;

    /// <summary>A valid result.</summary>
    /// <param name="value">The value read.</param>
    /// <param name="warnings">Warnings to pass on.</param>
    public static Loaded<T> Ok(T value, IReadOnlyList<string>? warnings = null) => new(value, [], warnings ?? []);

    /// <summary>A failed result.</summary>
    /// <param name="problems">At least one problem.</param>
    public static Loaded<T> Failed(IReadOnlyList<InputProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("A failed read needs at least one problem.", nameof(problems));
        }

        return new Loaded<T>(null, problems, []);
    }
}
