using System.Globalization;

namespace Goodhart.Simulation;

/// <summary>
/// How strongly each kind of gaming is injected into a simulated case log, each a number from 0 (none) to 1 (the most
/// the injection can do). What a strength means for each kind is documented on its property.
/// </summary>
public sealed record GamingStrengths
{
    /// <summary>The names accepted by <see cref="Parse"/>, in the order the simulator reports them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["rushing", "parking", "storing-up", "reclassification", "cherry-picking", "rework", "pretend-numbers"];

    /// <summary>No gaming at all.</summary>
    public static GamingStrengths None { get; } = new();

    /// <summary>The share of cases that would take from the threshold to 30 minutes past it that leave instead in the 10 minutes before it.</summary>
    public double Rushing { get; init; }

    /// <summary>
    /// Parking: time past the threshold runs slower, so the completion rate of breached cases is multiplied by
    /// 1 − strength × <see cref="CaseLogSimulator.ParkingSlowdown"/>.
    /// </summary>
    public double Parking { get; init; }

    /// <summary>
    /// Storing up: the share of non-urgent cases (priority 3 to 5) due to finish in the four days before the last three
    /// days of their month whose completion is held back to one of the last three days.
    /// </summary>
    public double StoringUp { get; init; }

    /// <summary>The share of breaching cases recorded in the exempt category instead of their real one.</summary>
    public double Reclassification { get; init; }

    /// <summary>
    /// Cherry-picking: the share of cases affected. Short cases (under half the threshold) jump the queue of their
    /// priority class: their duration is multiplied by <see cref="CaseLogSimulator.CherryPickingSpeedUp"/>, so they leave
    /// before earlier arrivals of the same class. Longer cases are passed over: they wait
    /// <see cref="CaseLogSimulator.PassedOverMinutes"/> to three times that longer, while later arrivals leave first.
    /// </summary>
    public double CherryPicking { get; init; }

    /// <summary>The chance that a case closed in the 10 minutes before the threshold brings the person back within 7 days.</summary>
    public double Rework { get; init; }

    /// <summary>The share of durations written down as the nearest multiple of 5 minutes.</summary>
    public double PretendNumbers { get; init; }

    /// <summary>Whether any kind has a strength above 0.</summary>
    public bool Any => All.Any(k => k.Strength > 0);

    /// <summary>Every kind with its name, flag and strength, in the order of <see cref="Names"/>.</summary>
    public IReadOnlyList<(string Name, GamingKinds Kind, double Strength)> All =>
    [
        ("rushing", GamingKinds.Rushing, Rushing),
        ("parking", GamingKinds.Parking, Parking),
        ("storing-up", GamingKinds.StoringUp, StoringUp),
        ("reclassification", GamingKinds.Reclassification, Reclassification),
        ("cherry-picking", GamingKinds.CherryPicking, CherryPicking),
        ("rework", GamingKinds.Rework, Rework),
        ("pretend-numbers", GamingKinds.PretendNumbers, PretendNumbers),
    ];

    /// <summary>
    /// Reads strengths written as <c>name=value</c> pairs separated by commas, e.g. <c>rushing=0.3,parking=0.5</c>. Kinds
    /// not named get 0; empty text means no gaming.
    /// </summary>
    /// <param name="text">The pairs.</param>
    /// <returns>The strengths.</returns>
    /// <exception cref="FormatException">A name is not one of <see cref="Names"/>, a kind is named twice, or a value is not a number from 0 to 1. The message says which and what is accepted.</exception>
    public static GamingStrengths Parse(string? text)
    {
        var result = None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var name = pair[0].ToLowerInvariant();
            if (!Names.Contains(name))
            {
                throw new FormatException($"'{pair[0]}' is not a kind of gaming the simulator knows; use {string.Join(", ", Names)}.");
            }

            if (pair.Length < 2 || pair[1].Length == 0)
            {
                throw new FormatException($"'{name}' needs a strength from 0 to 1, e.g. {name}=0.3.");
            }

            if (!double.TryParse(pair[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value is >= 0 and <= 1))
            {
                throw new FormatException($"{name}={pair[1]}: the strength must be a number from 0 to 1 (e.g. 0.3).");
            }

            if (!seen.Add(name))
            {
                throw new FormatException($"'{name}' is given more than once.");
            }

            result = name switch
            {
                "rushing" => result with { Rushing = value },
                "parking" => result with { Parking = value },
                "storing-up" => result with { StoringUp = value },
                "reclassification" => result with { Reclassification = value },
                "cherry-picking" => result with { CherryPicking = value },
                "rework" => result with { Rework = value },
                _ => result with { PretendNumbers = value },
            };
        }

        return result;
    }

    /// <summary>The strengths above 0 as <see cref="Parse"/> reads them, e.g. <c>rushing=0.3,parking=0.5</c>; empty for none.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(",", All.Where(k => k.Strength > 0).Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Name}={k.Strength}")));
}
