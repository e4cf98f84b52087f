using System.Data.Common;

namespace Goodhart.Data.Tests.Support;

/// <summary>Texts and what SQL's trim makes of them, for checking each dialect's cheaper trim against the engine's own.</summary>
internal static class SpaceTrimCases
{
    /// <summary>Only spaces are trimmed (a tab stays), LIKE's wildcards are plain text, and NULL stays NULL.</summary>
    public static TheoryData<string?, string?> All { get; } = new()
    {
        { "P1", "P1" },
        { " P1", "P1" },
        { "P1  ", "P1" },
        { "  P 1 ", "P 1" },
        { "   ", string.Empty },
        { string.Empty, string.Empty },
        { "\tP1 ", "\tP1" },
        { "%_ ", "%_" },
        { null, null },
    };

    /// <summary>Runs a query selecting the dialect's trim and the engine's trim of one text, and checks both give <paramref name="expected"/>.</summary>
    public static void AssertTrimmed(DbCommand command, string? expected)
    {
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(expected, reader.IsDBNull(0) ? null : reader.GetString(0));
        Assert.Equal(expected, reader.IsDBNull(1) ? null : reader.GetString(1));
    }
}
