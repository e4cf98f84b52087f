namespace Goodhart.Web.Cards;

/// <summary>What became of a card sent to be saved.</summary>
public abstract record SaveOutcome
{
    private SaveOutcome()
    {
    }

    /// <summary>Saved under this id.</summary>
    /// <param name="Id">The measure's id.</param>
    public sealed record Saved(Guid Id) : SaveOutcome;

    /// <summary>Not saved: these fields need fixing.</summary>
    /// <param name="Errors">Messages by <see cref="MeasureInput"/> property name.</param>
    public sealed record Invalid(Dictionary<string, string[]> Errors) : SaveOutcome;

    /// <summary>Not saved: no measure has the id being edited.</summary>
    public sealed record NotFound : SaveOutcome;
}
