using System.Data.Common;
using DuckDB.NET.Data;

namespace Goodhart.Data.Cases;

/// <summary>DuckDB's SQL (1.x): <c>$name</c> parameters, <c>TRY_CAST</c>, <c>try_strptime</c>, <c>epoch_us</c>, interval arithmetic.</summary>
internal sealed class DuckDbDialect : SqlDialect
{
    public static DuckDbDialect Instance { get; } = new();

    public override string Placeholder(string name) => "$" + name;

    public override DbParameter CreateParameter(string name, object? value) => new DuckDBParameter(name, value);

    public override string TextHash(string expression) => $"hash({expression})";

    public override string AsText(string expression) => $"CAST({expression} AS VARCHAR)";

    public override string TryDouble(string expression) =>
        $"(CASE WHEN isfinite(TRY_CAST({expression} AS DOUBLE)) THEN TRY_CAST({expression} AS DOUBLE) END)";

    public override string TryTimestamp(string expression, bool isText, string? formatParameter) =>
        isText && formatParameter is not null
            ? $"try_strptime(trim({expression}), {formatParameter})"
            : isText ? $"TRY_CAST(trim({expression}) AS TIMESTAMP)" : $"TRY_CAST({expression} AS TIMESTAMP)";

    // Microseconds are exact integers; dividing once avoids the rounding of epoch()'s double seconds.
    public override string SecondsBetween(string start, string end) =>
        $"(CAST(epoch_us({end}) - epoch_us({start}) AS DOUBLE) / 1e6)";

    public override string EpochMicros(string timestamp) => $"epoch_us({timestamp})";

    public override string TimestampFromMicros(string micros) => $"make_timestamp({micros})";

    public override string PeriodStart(string timestamp, CasePeriod period) =>
        $"CAST(date_trunc('{TruncUnit(period)}', {timestamp}) AS DATE)";

    public override string NextPeriodStart(string periodStart, CasePeriod period) => period switch
    {
        CasePeriod.Week => $"CAST({periodStart} + INTERVAL 7 DAY AS DATE)",
        CasePeriod.Quarter => $"CAST({periodStart} + INTERVAL 3 MONTH AS DATE)",
        _ => $"CAST({periodStart} + INTERVAL 1 MONTH AS DATE)",
    };

    public override string DaysBetween(string fromDate, string toDate) => $"CAST(date_diff('day', {fromDate}, {toDate}) AS INTEGER)";

    public override string DateOf(string timestamp) => $"CAST({timestamp} AS DATE)";
}
