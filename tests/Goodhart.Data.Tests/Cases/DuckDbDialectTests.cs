using Goodhart.Data.Cases;

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
}
