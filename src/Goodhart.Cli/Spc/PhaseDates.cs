using System.Globalization;
using Goodhart.Spc;

namespace Goodhart.Cli.Spc;

/// <summary>
/// The periods given with <c>--phase</c>, matched to each series: a phase starts at the first period on or after the
/// date (or number), or at the period with that label.
/// </summary>
internal sealed class PhaseDates
{
    private static readonly string[] DateForms = ["yyyy-MM-dd", "yyyy-MM", "yyyy/MM/dd"];
    private readonly IReadOnlyList<SpcKey> _starts;

    private PhaseDates(IReadOnlyList<SpcKey> starts) => _starts = starts;

    public static PhaseDates Parse(IReadOnlyList<string> texts, IReadOnlyList<SpcSeries> series)
    {
        var sample = series.SelectMany(s => s.Keys).FirstOrDefault();
        var starts = new List<SpcKey>();
        foreach (var text in texts)
        {
            SpcKey key;
            if (sample.IsDate)
            {
                key = DateOnly.TryParseExact(text.Trim(), DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? SpcKey.Of(date)
                    : throw new InputException($"--phase: '{text}' is not a date; the periods are dates, so write it as yyyy-mm-dd (or yyyy-mm).");
            }
            else if (sample.IsNumber)
            {
                key = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? SpcKey.Of(number)
                    : throw new InputException($"--phase: '{text}' is not a number; the periods are numbers.");
            }
            else
            {
                key = SpcKey.Of(text);
            }

            if (series.All(s => IndexIn(s, key) is null))
            {
                throw new InputException($"--phase: {text} is not inside any series' periods; a phase must start after a series' first period and on or before its last.");
            }

            starts.Add(key);
        }

        return new PhaseDates(starts);
    }

    /// <summary>The 0-based indexes where the phases start in this series, in order, without repeats.</summary>
    public IReadOnlyList<int>? StartsIn(SpcSeries series)
    {
        if (_starts.Count == 0)
        {
            return null;
        }

        return _starts.Select(key => IndexIn(series, key)).OfType<int>().Distinct().Order().ToList();
    }

    private static int? IndexIn(SpcSeries series, SpcKey key)
    {
        for (var i = 0; i < series.Keys.Count; i++)
        {
            var here = series.Keys[i];
            var match = key.IsText ? here == key : !here.IsText && here >= key;
            if (match)
            {
                // A phase that would start at the first period is the first phase itself.
                return i == 0 ? null : i;
            }
        }

        return null;
    }
}
