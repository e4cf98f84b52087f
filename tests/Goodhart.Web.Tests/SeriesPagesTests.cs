using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Goodhart.Web.Tests.Support;

namespace Goodhart.Web.Tests;

/// <summary>The series page of a measure, run on each engine by the classes at the end of the file.</summary>
public abstract class SeriesPagesTests(GoodhartAppFactory app)
{
    private readonly HttpClient _browser = app.Browser();

    /// <summary>
    /// Twelve months around 10, then eight around 20: the step is far beyond the limits of the first year (its
    /// moving ranges average about 1.4, so the upper limit is under 20 when worked out on all twenty points too),
    /// and eight points in a row above the centre line are a shift.
    /// </summary>
    internal static readonly double[] Shifted = [10, 11, 9, 10, 12, 9, 10, 11, 10, 9, 11, 10, 20, 21, 19, 20, 22, 20, 21, 20];

    internal static string ShiftedCsv()
    {
        var csv = new StringBuilder("month,waits\n");
        for (var i = 0; i < Shifted.Length; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{new DateOnly(2025, 1, 1).AddMonths(i):yyyy-MM-dd},{Shifted[i]}\n");
        }

        return csv.ToString();
    }

    private async Task<Guid> CreateAsync(string direction = "Decrease")
    {
        var response = await _browser.PostAsJsonAsync("/api/measures", new { name = $"Waits {Guid.NewGuid():N}", direction });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<string> PageAsync(string path)
    {
        var response = await _browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> UploadAsync(Guid id, byte[]? file, string fileName, string dateColumn = "month", string valueColumn = "waits", string denominatorColumn = "")
    {
        var token = Html.Token(await PageAsync($"/measures/{id}/series"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(dateColumn), "Upload.DateColumn" },
            { new StringContent(valueColumn), "Upload.ValueColumn" },
            { new StringContent(denominatorColumn), "Upload.DenominatorColumn" },
        };
        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), "Upload.File", fileName);
        }

        return await _browser.PostAsync($"/measures/{id}/series?handler=Upload", form);
    }

    private async Task<HttpResponseMessage> AppendAsync(Guid id, string period, string value, string denominator = "")
    {
        var token = Html.Token(await PageAsync($"/measures/{id}/series"));
        return await _browser.PostAsync($"/measures/{id}/series?handler=Append", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Point.Period"] = period,
            ["Point.Value"] = value,
            ["Point.Denominator"] = denominator,
        }));
    }

    private static string ProblemsOf(string page)
    {
        var match = System.Text.RegularExpressions.Regex.Match(page, "<ul id=\"upload-problems\">(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(match.Success, "The page lists no upload problems.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [Fact]
    public async Task Card_Get_LinksToTheSeriesPage()
    {
        var id = await CreateAsync();

        var page = await PageAsync($"/measures/{id}");

        Assert.Contains($"href=\"/measures/{id}/series\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_GetEmpty_SaysSoAndOffersBothFormsWithoutInlineScriptOrStyle()
    {
        var id = await CreateAsync();

        var response = await _browser.GetAsync($"/measures/{id}/series");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"empty\"", page, StringComparison.Ordinal);
        Assert.Contains("enctype=\"multipart/form-data\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"Point.Value\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_CsvWithAShift_ShowsTheChartTheSignalsAndTheVerdictsInWords()
    {
        var id = await CreateAsync(direction: "Decrease");

        var response = await UploadAsync(id, Encoding.UTF8.GetBytes(ShiftedCsv()), "waits.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/measures/{id}/series", response.Headers.Location?.OriginalString);
        var page = await PageAsync($"/measures/{id}/series");
        // The chart is inline SVG drawn on the server, with no script or style element a CSP without 'unsafe-inline' would block.
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", page, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("20 values, 2025-01-01 to 2026-08-01", page, StringComparison.Ordinal);
        // Lower is better here, so the step up to 20 (January 2026 on) is a signal of concern; against limits worked out
        // on all twenty points the first year sits below the centre line for twelve points, a shift the good way.
        var signals = System.Text.RegularExpressions.Regex.Match(page, "<ul id=\"signals\">(.*?)</ul>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(signals.Success, "The page lists no signals.");
        Assert.Contains("2026-01-01: 20</strong> (concern)", signals.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("2026-08-01: 20</strong> (concern)", signals.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("2025-06-01: 9</strong> (improvement)", signals.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("id=\"variation\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"assurance\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"false-alarm\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_AgainWithAnotherFile_ReplacesTheSeries()
    {
        var id = await CreateAsync();
        await UploadAsync(id, Encoding.UTF8.GetBytes(ShiftedCsv()), "waits.csv");

        var response = await UploadAsync(id, Encoding.UTF8.GetBytes("month,waits\n2024-01-01,5\n2024-02-01,6\n2024-03-01,5\n"), "waits.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("3 values, 2024-01-01 to 2024-03-01", await PageAsync($"/measures/{id}/series"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("month,waits\n2025-01-01,10\n2025-13-45,11\n", "waits", "row 3, column month")]
    [InlineData("month,waits\n2025-01-01,10\n2025-02-01,ten\n", "waits", "row 3, column waits")]
    [InlineData("month,waits\n2025-01-01,10\n", "length", "length")]
    [InlineData("", "waits", "the file is empty")]
    public async Task Upload_BadFile_Returns400NamingWhereAndKeepsWhatWasTyped(string csv, string valueColumn, string expected)
    {
        var id = await CreateAsync();

        var response = await UploadAsync(id, Encoding.UTF8.GetBytes(csv), "waits.csv", valueColumn: valueColumn);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = ProblemsOf(page);
        Assert.Contains("waits.csv", problems, StringComparison.Ordinal);
        Assert.Contains(expected, problems, StringComparison.Ordinal);
        Assert.Equal(valueColumn, Html.ValueOf(page, "Upload.ValueColumn"));
        Assert.Equal("month", Html.ValueOf(page, "Upload.DateColumn"));
        Assert.Contains("id=\"empty\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_Xlsx_IsReadLikeACsv()
    {
        var id = await CreateAsync();
        var rows = Enumerable.Range(0, 3).Select(i => new Dictionary<string, object> { ["Month"] = new DateTime(2024, 1 + i, 1), ["Waits"] = 5.5 + i }).ToList();
        using var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, rows);

        // Column names are matched ignoring case when only one column fits.
        var response = await UploadAsync(id, xlsx.ToArray(), "waits.xlsx", dateColumn: "month", valueColumn: "waits");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var series = await _browser.GetFromJsonAsync<JsonElement>($"/api/measures/{id}/series");
        Assert.Equal(
            ["2024-01-01 5.5", "2024-02-01 6.5", "2024-03-01 7.5"],
            series.GetProperty("points").EnumerateArray().Select(p => $"{p.GetProperty("period").GetString()} {p.GetProperty("value").GetDouble().ToString(CultureInfo.InvariantCulture)}"));
    }

    [Fact]
    public async Task Upload_NoFile_Returns400AskingForOne()
    {
        var id = await CreateAsync();

        var response = await UploadAsync(id, null, "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose a CSV or XLSX file", ProblemsOf(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_IsRefusedWithAProblem()
    {
        var id = await CreateAsync();
        var big = new byte[(int)Goodhart.Web.Series.SeriesLimits.UploadRequestBytes + 1024];
        Array.Fill(big, (byte)'1');

        var response = await UploadAsync(id, big, "big.csv");

        var problem = await Html.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("at most 2112 KiB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("id=\"empty\"", await PageAsync($"/measures/{id}/series"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_Valid_AddsTheValueAndShowsIt()
    {
        var id = await CreateAsync();

        var first = await AppendAsync(id, "2026-01-01", "12.5");
        var second = await AppendAsync(id, "2026-02-01", "13");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var page = await PageAsync($"/measures/{id}/series");
        Assert.Contains("2 values, 2026-01-01 to 2026-02-01", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01/02/2026", "12", "Point.Period", "'01/02/2026' is not a date")]
    [InlineData("2026-02-01", "twelve", "Point.Value", "'twelve' is not a number")]
    [InlineData("2026-02-01", "", "Point.Value", "Give the value")]
    public async Task Append_BadInput_Returns400WithTheMessageByItsFieldAndKeepsWhatWasTyped(string period, string value, string field, string expected)
    {
        var id = await CreateAsync();

        var response = await AppendAsync(id, period, value);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, Html.ErrorFor(page, field), StringComparison.Ordinal);
        Assert.Equal(period, Html.ValueOf(page, "Point.Period"));
        Assert.Equal(value, Html.ValueOf(page, "Point.Value"));
    }

    [Fact]
    public async Task Append_PeriodAlreadyThere_Returns400()
    {
        var id = await CreateAsync();
        await AppendAsync(id, "2026-01-01", "12");

        var response = await AppendAsync(id, "2026-01-01", "14");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already has a value for 2026-01-01", Html.ErrorFor(await response.Content.ReadAsStringAsync(), "Point.Period"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Append_WithoutToken_IsRefused()
    {
        var id = await CreateAsync();

        var response = await _browser.PostAsync($"/measures/{id}/series?handler=Append", new FormUrlEncodedContent(new Dictionary<string, string> { ["Point.Period"] = "2026-01-01", ["Point.Value"] = "1" }));

        await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Series_UnknownMeasure_Returns404()
    {
        var response = await _browser.GetAsync($"/measures/{Guid.NewGuid()}/series");

        await Html.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}

public sealed class SeriesPagesOnSqliteTests(SqliteApp app) : SeriesPagesTests(app), IClassFixture<SqliteApp>;

public sealed class SeriesPagesOnPostgresTests(PostgresApp app) : SeriesPagesTests(app), IClassFixture<PostgresApp>;
