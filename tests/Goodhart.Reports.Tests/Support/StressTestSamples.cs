using Goodhart.Reports.StressTest;
using Goodhart.StressTest;
using Goodhart.Testing;

namespace Goodhart.Reports.Tests.Support;

/// <summary>The committed sample stress tests, as reports dated 23 November 2026.</summary>
internal static class StressTestSamples
{
    public static readonly DateOnly Date = new(2026, 11, 23);

    public static string Root => RepositoryRoot.Path;

    public static AnswerSheet Sheet(string relative)
    {
        var path = Path.Combine(Root, "samples", "stress-tests", relative);
        var loaded = AnswerSheetReader.Parse(File.ReadAllText(path), path, InstrumentLoader.Default);
        return loaded.Value ?? throw new InvalidOperationException(string.Join("; ", loaded.Problems));
    }

    public static StressTestReport Single(string relative) => StressTestReport.ForRespondent(InstrumentLoader.Default, Sheet(relative), Date);

    public static StressTestReport Team() => StressTestReport.ForTeam(
        InstrumentLoader.Default,
        Directory.GetFiles(Path.Combine(Root, "samples", "stress-tests", "team"), "*.json").Order(StringComparer.Ordinal).Select(p => Sheet(Path.Combine("team", Path.GetFileName(p)))).ToList(),
        Date);

    /// <summary>The crisis-line sample with hostile and unusual text in the measure name and a reflection.</summary>
    public static StressTestReport Hostile(string measure, string reflection)
    {
        var sheet = Sheet("crisis-line-60s.json");
        sheet = sheet with
        {
            Context = sheet.Context.SetItem("measure", [measure]),
            Reflections = sheet.Reflections.SetItem("authority", reflection),
        };
        return StressTestReport.ForRespondent(InstrumentLoader.Default, sheet, Date);
    }

}
