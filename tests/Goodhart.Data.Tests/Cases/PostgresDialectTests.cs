using Goodhart.Data.Cases;
using Goodhart.Data.Tests.Support;
using Npgsql;

namespace Goodhart.Data.Tests.Cases;

public sealed class PostgresDialectTests
{
    private readonly PostgresDialect _dialect = PostgresDialect.Instance;

    [Theory]
    [InlineData("minutes", "\"minutes\"")]
    [InlineData("x\"; DROP TABLE t; --", "\"x\"\"; DROP TABLE t; --\"")]
    public void QuoteIdentifier_AnyName_IsOneQuotedIdentifierWithQuotesDoubled(string name, string expected)
    {
        Assert.Equal(expected, _dialect.QuoteIdentifier(name));
    }

    [Fact]
    public void Placeholder_IsAtName()
    {
        Assert.Equal("@threshold", _dialect.Placeholder("threshold"));
    }

    [Theory]
    [InlineData("%d/%m/%Y %H:%M", "DD/MM/YYYY HH24:MI")]
    [InlineData("%Y-%m-%dT%H:%M:%S.%f", "YYYY-MM-DD\"T\"HH24:MI:SS.US")]
    [InlineData("%d %b %y %I%p", "DD Mon YY HH12AM")]
    public void FormatArgument_StrftimeCodes_AreToTimestampPatterns(string strftime, string expected)
    {
        Assert.Equal(expected, _dialect.FormatArgument(strftime));
    }

    [Theory]
    [InlineData("%Q")]
    [InlineData("%d/%m/%Y %")]
    [InlineData("%d\"%m")]
    public void FormatArgument_UnknownCode_IsNull(string strftime)
    {
        Assert.Null(_dialect.FormatArgument(strftime));
    }

    [Theory]
    [MemberData(nameof(SpaceTrimCases.All), MemberType = typeof(SpaceTrimCases))]
    public void TrimSpaces_AnyText_IsWhatTrimGives(string? text, string? expected)
    {
        using var server = new TestPostgres();
        using var connection = new NpgsqlConnection(server.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"SELECT {_dialect.TrimSpaces("t")}, trim(t) FROM (SELECT CAST(@t AS text) AS t) AS x", connection);
        command.Parameters.Add(new NpgsqlParameter("t", (object?)text ?? DBNull.Value));

        SpaceTrimCases.AssertTrimmed(command, expected);
    }
}
