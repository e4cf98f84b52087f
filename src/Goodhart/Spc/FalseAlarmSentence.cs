using System.Globalization;

namespace Goodhart.Spc;

/// <summary>Says a false-alarm probability in words a board member reads correctly.</summary>
public static class FalseAlarmSentence
{
    /// <summary>The sentence for the probability that a stable process shows at least one signal.</summary>
    /// <param name="probability">The probability, 0 to 1.</param>
    /// <param name="points">How many points the chart has.</param>
    public static string For(double probability, int points)
    {
        var often = probability switch
        {
            >= 0.95 => "nearly every time (more than 19 times in 20)",
            >= 0.15 => string.Create(CultureInfo.InvariantCulture, $"about {Math.Round(probability * 10, MidpointRounding.AwayFromZero)} times in 10"),
            >= 0.01 => string.Create(CultureInfo.InvariantCulture, $"about 1 time in {Math.Round(1 / probability, MidpointRounding.AwayFromZero)}"),
            _ => "less than 1 time in 100",
        };
        var advice = probability switch
        {
            >= 0.5 => "on a chart this long some signals are expected from noise alone, so read a single signal with care",
            >= 0.2 => "a single signal deserves a look before anyone acts on it",
            _ => "a signal here is unlikely to be chance alone",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"A stable process charted over {points} points shows at least one signal {often} with these rules: {advice}.");
    }
}
