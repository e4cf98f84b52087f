using System.Data.Common;
using System.Text;
using Npgsql;

namespace Goodhart.Data.Cases;

/// <summary>
/// PostgreSQL's SQL (15 and later): <c>@name</c> parameters; the casts that must yield NULL instead of failing (there
/// is no <c>TRY_CAST</c>) go through session-local functions in <c>pg_temp</c> created when the source is opened
/// (<see cref="SessionFunctions"/>); strftime formats are translated to <c>to_timestamp</c> templates.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>
    /// The functions every query relies on, created once per connection in the session's temporary schema (dropped
    /// with the session; nothing is written to the user's schemas). The ISO form is checked before the cast so that
    /// PostgreSQL's other inputs (<c>now</c>, <c>today</c>, <c>March 1</c>) are not read as times, as DuckDB does not.
    /// </summary>
    public const string SessionFunctions = """
        CREATE FUNCTION pg_temp.goodhart_try_double(t text) RETURNS double precision LANGUAGE plpgsql IMMUTABLE AS $f$
        DECLARE v double precision;
        BEGIN
          IF t IS NULL OR t !~ '^\s*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*$' THEN RETURN NULL; END IF;
          v := t::double precision;
          RETURN v;
        EXCEPTION WHEN others THEN RETURN NULL;
        END $f$;
        CREATE FUNCTION pg_temp.goodhart_try_timestamp(t text) RETURNS timestamp LANGUAGE plpgsql IMMUTABLE AS $f$
        BEGIN
          IF t IS NULL OR t !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}([ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?)?$' THEN RETURN NULL; END IF;
          RETURN t::timestamp;
        EXCEPTION WHEN others THEN RETURN NULL;
        END $f$;
        CREATE FUNCTION pg_temp.goodhart_try_timestamp(t text, fmt text) RETURNS timestamp LANGUAGE plpgsql STABLE AS $f$
        BEGIN
          IF t IS NULL OR fmt IS NULL THEN RETURN NULL; END IF;
          RETURN to_timestamp(t, fmt)::timestamp;
        EXCEPTION WHEN others THEN RETURN NULL;
        END $f$;
        """;

    public static PostgresDialect Instance { get; } = new();

    public override string Placeholder(string name) => "@" + name;

    public override DbParameter CreateParameter(string name, object? value) => new NpgsqlParameter(name, value ?? DBNull.Value);

    public override string TextHash(string expression) => $"hashtextextended({expression}, 0)";

    public override string AsText(string expression) => $"CAST({expression} AS text)";

    // The regular expression admits only decimal numbers, so infinities and NaN (finite in neither engine's sense) are NULL.
    public override string TryDouble(string expression) => $"pg_temp.goodhart_try_double(CAST({expression} AS text))";

    public override string TryTimestamp(string expression, bool isText, string? formatParameter) =>
        isText && formatParameter is not null
            ? $"pg_temp.goodhart_try_timestamp(trim({expression}), {formatParameter})"
            : isText ? $"pg_temp.goodhart_try_timestamp(trim({expression}))" : $"CAST({expression} AS timestamp)";

    // EXTRACT(EPOCH ...) of an interval is an exact numeric (PostgreSQL 14+); one rounding to double, as DuckDB's microseconds / 1e6.
    public override string SecondsBetween(string start, string end) =>
        $"CAST(EXTRACT(EPOCH FROM ({end} - {start})) AS double precision)";

    // EXTRACT(EPOCH ...) is an exact numeric (PostgreSQL 14+), so the microseconds are exact too.
    public override string EpochMicros(string timestamp) => $"CAST(EXTRACT(EPOCH FROM {timestamp}) * 1000000 AS bigint)";

    public override string TimestampFromMicros(string micros) => $"(TIMESTAMP '1970-01-01' + ({micros}) * INTERVAL '1 microsecond')";

    public override string PeriodStart(string timestamp, CasePeriod period) =>
        $"CAST(date_trunc('{TruncUnit(period)}', {timestamp}) AS date)";

    public override string NextPeriodStart(string periodStart, CasePeriod period) => period switch
    {
        CasePeriod.Week => $"CAST({periodStart} + INTERVAL '7 days' AS date)",
        CasePeriod.Quarter => $"CAST({periodStart} + INTERVAL '3 months' AS date)",
        _ => $"CAST({periodStart} + INTERVAL '1 month' AS date)",
    };

    // date - date is an integer number of days.
    public override string DaysBetween(string fromDate, string toDate) => $"CAST({toDate} - {fromDate} AS integer)";

    public override string DateOf(string timestamp) => $"CAST({timestamp} AS date)";

    // The database's collation may order text by language; DuckDB and the core order by code point.
    public override string OrderedText(string expression) => $"({expression}) COLLATE \"C\"";

    /// <summary>
    /// Translates a strftime format to a <c>to_timestamp</c> template: the codes both know, letters outside codes
    /// quoted so they are not read as template patterns. <c>null</c> for a code or character it cannot translate.
    /// </summary>
    public override string? FormatArgument(string strftime)
    {
        ArgumentNullException.ThrowIfNull(strftime);
        var template = new StringBuilder();
        for (var i = 0; i < strftime.Length; i++)
        {
            var c = strftime[i];
            if (c == '%')
            {
                if (++i == strftime.Length)
                {
                    return null;
                }

                string? code = strftime[i] switch
                {
                    'Y' => "YYYY",
                    'y' => "YY",
                    'm' => "MM",
                    'd' => "DD",
                    'H' => "HH24",
                    'I' => "HH12",
                    'M' => "MI",
                    'S' => "SS",
                    'f' => "US",
                    'p' => "AM",
                    'b' => "Mon",
                    'B' => "Month",
                    'j' => "DDD",
                    '%' => "%",
                    _ => null,
                };
                if (code is null)
                {
                    return null;
                }

                template.Append(code);
            }
            else if (c is '"' or '\\')
            {
                return null;
            }
            else if (char.IsLetter(c))
            {
                template.Append('"').Append(c).Append('"');
            }
            else
            {
                template.Append(c);
            }
        }

        return template.ToString();
    }
}
