using Goodhart.Data.Cases;
using Goodhart.Data.Scan;

namespace Goodhart.Data.Tests.Scan;

public sealed class ScanMappingTextTests
{
    private static string Cli(string key) => "--" + key;

    [Fact]
    public void ToMapping_EveryOptionGiven_BuildsTheMapping()
    {
        var text = new ScanMappingText
        {
            Start = " arrived ",
            End = "left",
            Unit = "hours",
            Threshold = "4",
            Comply = "lt",
            Period = "quarter",
            Category = "disposal",
            Exempt = "planned return, transfer,",
            Priority = "triage",
            Person = "patient",
            RepeatWindow = "48h",
            Arrival = "queued",
            TimestampFormat = "%d/%m/%Y %H:%M",
        };

        var mapping = text.ToMapping(Cli).Value!;

        Assert.Equal((4.0, DurationUnit.Hours, ComplySide.Below, CasePeriod.Quarter), (mapping.Threshold, mapping.Unit, mapping.Comply, mapping.Period));
        Assert.Equal(("arrived", "left", (string?)null, "disposal", "triage", "patient", "queued"), (mapping.Start, mapping.End, mapping.Duration, mapping.Category, mapping.Priority, mapping.Person, mapping.Arrival));
        Assert.Equal(["planned return", "transfer"], mapping.Exempt);
        Assert.Equal(TimeSpan.FromHours(48), mapping.RepeatWindow);
        Assert.Equal("%d/%m/%Y %H:%M", mapping.TimestampFormat);
    }

    [Fact]
    public void ToMapping_OnlyDurationAndThreshold_UsesTheDefaults()
    {
        var mapping = new ScanMappingText { Duration = "minutes_taken", Threshold = "240", Unit = "", Comply = " " }.ToMapping(Cli).Value!;

        Assert.Equal((240.0, DurationUnit.Minutes, ComplySide.AtOrBelow, CasePeriod.Month, TimeSpan.FromDays(7)), (mapping.Threshold, mapping.Unit, mapping.Comply, mapping.Period, mapping.RepeatWindow));
    }

    [Fact]
    public void ToMapping_EveryProblem_IsListedByItsOptionInOptionOrder()
    {
        var text = new ScanMappingText { End = "left", Unit = "fortnights", Threshold = "239.5", Comply = "maybe", Period = "year", Exempt = "x", RepeatWindow = "a week" };

        var problems = text.ToMapping(Cli).Problems;

        Assert.Equal(["start", "unit", "threshold", "comply", "period", "exempt", "repeat-window"], problems.Select(p => p.Field));
        Assert.StartsWith("give --start and --end (the columns", problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("'fortnights' is not a unit", problems[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("239.5 is not a target the scan can use", problems[2].Message, StringComparison.Ordinal);
        Assert.Equal("--exempt names categories, so it needs --category, the column they are in.", problems[5].Message);
    }

    [Fact]
    public void ToMapping_NameOfAnotherOption_ComesFromTheFace()
    {
        var problems = new ScanMappingText { Threshold = "240" }.ToMapping(key => key == "start" ? "Start time" : key == "end" ? "End time" : "Duration").Problems;

        Assert.StartsWith("give Start time and End time (the columns with each case's start and end times), or Duration", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_GivenOnes_WithTheirKeys()
    {
        var text = new ScanMappingText { Start = "a", End = " ", Duration = "d", Person = "p" };

        Assert.Equal([("start", "a"), ("duration", "d"), ("person", "p")], text.Columns());
    }

    [Fact]
    public void Describe_Mapping_ListsOnlyWhatWasGiven()
    {
        var mapping = new CaseMapping(240) { Start = "arrived", End = "left", Person = "patient", RepeatWindow = TimeSpan.FromHours(36) };

        var settings = ScanMappingText.Describe(mapping);

        Assert.Equal(["start", "end", "threshold", "period", "person", "repeatWindow"], settings.Select(s => s.Key));
        Assert.Equal("240 minutes; a case meets it when its duration is at or below the threshold", settings[2].Value);
        Assert.Equal("36 hours", settings[^1].Value);
    }
}
