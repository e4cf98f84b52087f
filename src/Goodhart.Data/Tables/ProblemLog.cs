using Goodhart.Input;

namespace Goodhart.Data.Tables;

/// <summary>
/// Collects the problems of one read. The first <see cref="Cap"/> are kept; past that only a count, reported
/// as a last "and N more" line, so a file with a wrong column of 100,000 rows gives a readable answer.
/// </summary>
internal sealed class ProblemLog(string source)
{
    public const int Cap = 20;

    private readonly List<InputProblem> _problems = [];
    private int _count;

    public int Count => _count;

    public void Add(int line, string field, string message)
    {
        if (++_count <= Cap)
        {
            _problems.Add(new InputProblem(source, line, field, message));
        }
    }

    public void Add(InputProblem problem)
    {
        if (++_count <= Cap)
        {
            _problems.Add(problem);
        }
    }

    public IReadOnlyList<InputProblem> ToList()
    {
        if (_count <= Cap)
        {
            return _problems.ToArray();
        }

        var more = _count - Cap;
        return [.. _problems, new InputProblem(source, 0, string.Empty, $"and {more} more problem{(more == 1 ? string.Empty : "s")}")];
    }
}
