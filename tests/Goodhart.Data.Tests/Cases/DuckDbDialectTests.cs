using DuckDB.NET.Data;
using Goodhart.Data.Cases;
using Goodhart.Data.Tests.Support;

namespace Goodhart.Data.Tests.Cases;

public sealed class DuckDbDialectTests
{
    private readonly DuckDbDialect _dialect = DuckDbDialect.Instance;

    [Theory]
    [InlineData("minutes", "\"minutes\"")]
    [InlineData("wait (min)", "\"wait (min)\"")]
    [InlineData("x\"; DROP TABLE t; --", "\"x\"\"; DROP TABLE t; --\"")]
    [InlineData("", "\"\"")]
    public void QuoteIdentifier_AnyName_IsOneQuotedIdentifierWithQuotesDoubled(string name, string expected)
    {
        Assert.Equal(expected, _dialect.QuoteIdentifier(name));
    }

    [Fact]
    public void QuoteIdentifier_NulCharacter_Throws()
    {
        Assert.Throws<ArgumentException>(() => _dialect.QuoteIdentifier("a\0b"));
    }

    [Fact]
    public void QuoteLiteral_Apostrophes_AreDoubled()
    {
        Assert.Equal("'/tmp/o''brien''s cases.csv'", _dialect.QuoteLiteral("/tmp/o'brien's cases.csv"));
    }

    [Fact]
    public void Placeholder_IsDollarName()
    {
        Assert.Equal("$threshold", _dialect.Placeholder("threshold"));
    }

    [Theory]
    [MemberData(nameof(SpaceTrimCases.All), MemberType = typeof(SpaceTrimCases))]
    public void TrimSpaces_AnyText_IsWhatTrimGives(string? text, string? expected)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {_dialect.TrimSpaces("t")}, trim(t) FROM (SELECT CAST($t AS VARCHAR) AS t) AS x";
        command.Parameters.Add(new DuckDBParameter("t", text));

        SpaceTrimCases.AssertTrimmed(command, expected);
    }
}
