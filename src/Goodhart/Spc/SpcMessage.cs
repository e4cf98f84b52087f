using System.Globalization;

namespace Goodhart.Spc;

/// <summary>A warning or problem about a series: a stable code, the point it concerns (if one) and a plain message.</summary>
/// <param name="Code">A stable code, e.g. <c>trial-limits</c> or <c>duplicate-period</c>.</param>
/// <param name="Index">The 0-based index of the point concerned, or <c>null</c> when it concerns the whole series.</param>
/// <param name="Message">What it means, in plain words.</param>
public sealed record SpcMessage(string Code, int? Index, string Message)
{
    /// <summary>The message as one line, e.g. <c>point 4: duplicate-period: …</c>.</summary>
    public override string ToString() => Index is { } i
        ? string.Create(CultureInfo.InvariantCulture, $"point {i}: {Code}: {Message}")
        : $"{Code}: {Message}";
}
