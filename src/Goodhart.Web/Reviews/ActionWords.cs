namespace Goodhart.Web.Reviews;

/// <summary>How an action reads in a list, where its due date follows it as a sentence of its own.</summary>
internal static class ActionWords
{
    /// <summary>The action's text ending in a full stop, so "Due …" after it does not run on: "Ask why" becomes "Ask why.".</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }
}
