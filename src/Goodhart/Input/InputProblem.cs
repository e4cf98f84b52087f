using System.Globalization;

namespace Goodhart.Input;

/// <summary>
/// One thing wrong with a user's file or answer: where it is and what would be accepted. Problems are
/// collected, not thrown, so a user can fix every one of them in one go.
/// </summary>
/// <param name="Source">The file name (or another name for where the input came from).</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole input.</param>
/// <param name="Field">The field path, e.g. <c>dimensions[2].items[0].anchors</c>, or empty.</param>
/// <param name="Message">What is wrong and what is accepted.</param>
public sealed record InputProblem(string Source, int Line, string Field, string Message)
{
    /// <summary>The problem as one line: <c>file:line: field: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{Line}") : Source;
        return Field.Length > 0 ? $"{where}: {Field}: {Message}" : $"{where}: {Message}";
    }
}
