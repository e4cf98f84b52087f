using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Goodhart.Data.Simulation;
using Goodhart.Simulation;
using Goodhart.Web.Tests.Support;

namespace Goodhart.Web.Tests;

/// <summary>Scans in the browser and through the API, run on each engine by the classes at the end of the file.</summary>
public abstract partial class ScanPagesTests(GoodhartAppFactory app)
{
    /// <summary>The seven detectors, in the scan's order.</summary>
    private static readonly string[] Codes = ["rushing", "parking", "pretend-numbers", "storing-up", "reclassification", "cherry-picking", "rework"];

    private static readonly Lazy<byte[]> SimulatedLog = new(() => Simulate(3_000));

    private readonly HttpClient _browser = app.Browser();

    /// <summary>A simulated year of cases written by the library's writer, as Parquet.</summary>
    private static byte[] Simulate(long cases)
    {
        var folder = Directory.CreateTempSubdirectory("goodhart-scan-log-");
        try
        {
            var path = Path.Combine(folder.FullName, "cases.parquet");
            CaseLogWriter.Write(path, new CaseLogSimulator(new SimulationSettings(cases, 7)).Cases());
            return File.ReadAllBytes(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string> FullMapping() => new()
    {
        ["Mapping.Start"] = "arrival",
        ["Mapping.End"] = "departure",
        ["Mapping.Unit"] = "minutes",
        ["Mapping.Threshold"] = "240",
        ["Mapping.Comply"] = "lt",
        ["Mapping.Period"] = "month",
        ["Mapping.Category"] = "category",
        ["Mapping.Exempt"] = SimulationSettings.ExemptCategory,
        ["Mapping.Priority"] = "priority",
        ["Mapping.Person"] = "person_id",
        ["Mapping.RepeatWindow"] = "7d",
    };

    private async Task<string> PageAsync(string path)
    {
        var response = await _browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<HttpResponseMessage> UploadAsync(byte[] file, string fileName, bool withToken = true)
    {
        var token = Html.Token(await PageAsync("/scans/new"));
        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            form.Add(new StringContent(token), "__RequestVerificationToken");
        }

        form.Add(new ByteArrayContent(file), "file", fileName);
        return await _browser.PostAsync("/scans/new", form);
    }

    private async Task<Guid> UploadedAsync(byte[] file, string fileName = "cases.parquet")
    {
        var response = await UploadAsync(file, fileName);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var match = MapPath().Match(response.Headers.Location!.ToString());
        Assert.True(match.Success, response.Headers.Location!.ToString());
        return Guid.Parse(match.Groups[1].Value);
    }

    private async Task<HttpResponseMessage> MapAsync(Guid id, Dictionary<string, string> fields)
    {
        var token = Html.Token(await PageAsync($"/scans/{id}/map"));
        fields["__RequestVerificationToken"] = token;
        return await _browser.PostAsync($"/scans/{id}/map", new FormUrlEncodedContent(fields));
    }

    /// <summary>Polls the API until the scan has finished or failed (a guard against a hang, not a timing assertion).</summary>
    private async Task<JsonElement> FinishedAsync(Guid id)
    {
        for (var i = 0; i < 600; i++)
        {
            var scan = await _browser.GetFromJsonAsync<JsonElement>($"/api/scans/{id}");
            if (scan.GetProperty("status").GetString() is "Done" or "Failed")
            {
                return scan;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The scan {id} did not finish.");
    }

    private string FolderOf(Guid id) => Path.Combine(app.DataDirectory, "scans", id.ToString("N"));

    private static string ProblemsOf(string page)
    {
        var match = Regex.Match(page, "<ul id=\"upload-problems\">(.*?)</ul>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    [Fact]
    public async Task Scan_SimulatedLog_UploadsMapsRunsAndShowsSevenFindingsWithDownloads()
    {
        var id = await UploadedAsync(SimulatedLog.Value);

        var map = await PageAsync($"/scans/{id}/map");
        Assert.Contains("<th scope=\"col\">departure</th>", map, StringComparison.Ordinal);
        Assert.Equal(10, Regex.Matches(Regex.Match(map, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value, "<tr>").Count);
        Assert.Contains("<option value=\"person_id\">person_id</option>", map, StringComparison.Ordinal);

        var mapped = await MapAsync(id, FullMapping());
        Assert.Equal(HttpStatusCode.Redirect, mapped.StatusCode);
        Assert.Equal($"/scans/{id}", mapped.Headers.Location!.ToString());

        var scan = await FinishedAsync(id);
        Assert.True(scan.GetProperty("status").GetString() == "Done", scan.GetProperty("error").ToString());
        Assert.Equal(100, scan.GetProperty("progress").GetInt32());
        var findings = scan.GetProperty("findings").GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray();
        Assert.Equal(Codes, findings);

        var page = await PageAsync($"/scans/{id}");
        foreach (var code in Codes)
        {
            Assert.Contains($"id=\"finding-{code}\"", page, StringComparison.Ordinal);
        }

        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        // Every number in the summary has its meaning beside it, in the report's own words.
        var reading = WebUtility.HtmlDecode(page);
        Assert.Contains("Adjusted p: how often data with no such pattern would look at least this extreme", reading, StringComparison.Ordinal);
        Assert.Contains("The practical minimum is the smallest effect worth an alert", reading, StringComparison.Ordinal);
        Assert.Contains("A finding is an alert only when the pattern is both convincing", reading, StringComparison.Ordinal);

        var pdf = await _browser.GetAsync($"/scans/{id}/report.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4], StringComparison.Ordinal);
        var html = await _browser.GetStringAsync($"/scans/{id}/report.html");
        Assert.Contains("Gaming scan: cases.parquet", html, StringComparison.Ordinal);
        var markdown = await _browser.GetStringAsync($"/scans/{id}/report.md");
        Assert.Contains("# Gaming scan: cases.parquet", markdown, StringComparison.Ordinal);
        var json = JsonDocument.Parse(await _browser.GetStringAsync($"/scans/{id}/report.json")).RootElement;
        Assert.Equal(Codes, json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray());
        Assert.Equal("arrival", json.GetProperty("mapping").GetProperty("start").GetString());

        Assert.Contains($"href=\"/scans/{id}\"", await PageAsync("/scans"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_EmptyFile_Returns400SayingSoAndKeepsNothing()
    {
        var before = Directory.Exists(Path.Combine(app.DataDirectory, "scans")) ? Directory.GetDirectories(Path.Combine(app.DataDirectory, "scans")).Length : 0;

        var response = await UploadAsync([], "empty.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("empty.csv: the file is empty", ProblemsOf(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var after = Directory.Exists(Path.Combine(app.DataDirectory, "scans")) ? Directory.GetDirectories(Path.Combine(app.DataDirectory, "scans")).Length : 0;
        Assert.True(after <= before, "A refused upload must leave no folder behind.");
    }

    [Fact]
    public async Task Upload_NotACaseFile_Returns400EvenWithACsvName()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];

        var response = await UploadAsync(png, "cases.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cases.csv: this is not a case file the scan can read", ProblemsOf(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_HeaderOnly_Returns400SayingThereAreNoRows()
    {
        var response = await UploadAsync(Encoding.UTF8.GetBytes("id,arrived,left\n"), "header.csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("header.csv: the file has a header but no rows", ProblemsOf(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NoFileChosen_Returns400()
    {
        var token = Html.Token(await PageAsync("/scans/new"));
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };

        var response = await _browser.PostAsync("/scans/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Choose a case file", ProblemsOf(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LargerThanTheLimit_IsRefusedWith413AndKeepsNothing()
    {
        var big = new byte[GoodhartAppFactory.ScanUploadLimit + (64 * 1024)];
        Array.Fill(big, (byte)'1');

        var response = await UploadAsync(big, "big.csv");

        var problem = await Html.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("larger than 1 MiB", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("big.csv", await PageAsync("/scans"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithoutToken_IsRefusedWithAProblem()
    {
        var response = await UploadAsync(Encoding.UTF8.GetBytes("a,b\n1,2\n"), "notoken.csv", withToken: false);

        await Html.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.DoesNotContain("notoken.csv", await PageAsync("/scans"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_MissingFields_Returns400NamingEachFieldAndKeepsWhatWasTyped()
    {
        var id = await UploadedAsync(SimulatedLog.Value);
        var fields = FullMapping();
        fields["Mapping.Start"] = "";
        fields["Mapping.Threshold"] = "";
        fields["Mapping.Category"] = "";
        fields["Mapping.Exempt"] = "planned return";

        var response = await MapAsync(id, fields);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Give Start time and End time", Html.ErrorFor(page, "Mapping.Start"), StringComparison.Ordinal);
        Assert.Contains("Give the target as a whole number of minutes", Html.ErrorFor(page, "Mapping.Threshold"), StringComparison.Ordinal);
        Assert.Contains("Exempt categories names categories, so it needs Category", Html.ErrorFor(page, "Mapping.Exempt"), StringComparison.Ordinal);
        Assert.Equal("planned return", Html.ValueOf(page, "Mapping.Exempt"));
        Assert.Equal("7d", Html.ValueOf(page, "Mapping.RepeatWindow"));
        Assert.Contains("<option value=\"departure\" selected=\"selected\">", page, StringComparison.Ordinal);
        Assert.Equal("Uploaded", (await _browser.GetFromJsonAsync<JsonElement>($"/api/scans/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Map_UnknownColumnOrBadValue_Returns400WithTheMessageByItsField()
    {
        var id = await UploadedAsync(SimulatedLog.Value);
        var fields = FullMapping();
        fields["Mapping.Start"] = "arived";
        fields["Mapping.RepeatWindow"] = "a week";

        var response = await MapAsync(id, fields);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'arived' is not in the file; the columns are: case_id, person_id, arrival, departure, priority, category", Html.ErrorFor(page, "Mapping.Start"), StringComparison.Ordinal);
        Assert.Contains("'a week' is not a window", Html.ErrorFor(page, "Mapping.RepeatWindow"), StringComparison.Ordinal);
        Assert.Contains("<option value=\"arived\" selected=\"selected\">arived (not in the file)</option>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_RemovesTheScanAndItsFilesFromDisk()
    {
        var id = await UploadedAsync(Encoding.UTF8.GetBytes("id,arrived,left\n1,2026-01-01 10:00,2026-01-01 13:00\n"), "one.csv");
        Assert.True(File.Exists(Path.Combine(FolderOf(id), "upload.csv")));
        var token = Html.Token(await PageAsync($"/scans/{id}/delete"));

        var response = await _browser.PostAsync($"/scans/{id}/delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(Directory.Exists(FolderOf(id)));
        await Html.ProblemAsync(await _browser.GetAsync($"/api/scans/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_ScriptAsFileName_IsShownAsText()
    {
        const string Name = "<script>alert(1)</script>.csv";
        var id = await UploadedAsync(Encoding.UTF8.GetBytes("id,arrived,left\n1,2026-01-01 10:00,2026-01-01 13:00\n"), Name);

        var list = await PageAsync("/scans");
        var map = await PageAsync($"/scans/{id}/map");

        Assert.DoesNotContain("<script>alert(1)</script>", list, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;.csv", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", map, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(FolderOf(id), "upload.csv")), "The file is stored under a name the server made.");
    }

    [Fact]
    public async Task Api_PostFileMapAndPoll_GivesTheSevenVerdicts()
    {
        using var body = new ByteArrayContent(SimulatedLog.Value);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        var created = await _browser.PostAsync("/api/scans?fileName=cases.parquet", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var bad = await _browser.PutAsJsonAsync($"/api/scans/{id}/mapping", new { start = "arrival", end = "departure", threshold = "four hours" });
        var problem = await Html.ProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.Contains("'four hours' is not a number", problem.GetProperty("errors").GetProperty("threshold")[0].GetString(), StringComparison.Ordinal);

        var mapped = await _browser.PutAsJsonAsync($"/api/scans/{id}/mapping", new
        {
            start = "arrival",
            end = "departure",
            threshold = "240",
            comply = "lt",
            category = "category",
            exempt = SimulationSettings.ExemptCategory,
            priority = "priority",
            person = "person_id",
        });
        Assert.Equal(HttpStatusCode.Accepted, mapped.StatusCode);
        var scan = await FinishedAsync(id);

        Assert.Equal("Done", scan.GetProperty("status").GetString());
        var findings = scan.GetProperty("findings").GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(Codes, findings.Select(f => f.GetProperty("code").GetString()).ToArray());
        Assert.All(findings, f => Assert.Contains(f.GetProperty("severity").GetString(), new[] { "clear", "watch", "alert", "not-enough-data" }));
        Assert.Equal($"/scans/{id}/report.pdf", scan.GetProperty("reports").GetProperty("pdf").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await _browser.DeleteAsync($"/api/scans/{id}")).StatusCode);
        Assert.False(Directory.Exists(FolderOf(id)));
    }

    [Fact]
    public async Task Api_FormPost_IsRefusedWith415()
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("a,b\n1,2\n")), "file", "cases.csv" } };

        var response = await _browser.PostAsync("/api/scans?fileName=cases.csv", form);

        var problem = await Html.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/octet-stream", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_UnknownScan_Returns404Problem()
    {
        await Html.ProblemAsync(await _browser.GetAsync($"/api/scans/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await Html.ProblemAsync(await _browser.GetAsync($"/scans/{Guid.NewGuid()}/report.pdf"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Scan_BadTimes_FailsWithTheReasonInWords()
    {
        var id = await UploadedAsync(Encoding.UTF8.GetBytes("id,arrived,left\n1,01/03/2026 09:00,01/03/2026 12:00\n2,02/03/2026 10:00,02/03/2026 11:30\n"), "uk.csv");

        await MapAsync(id, new Dictionary<string, string> { ["Mapping.Start"] = "arrived", ["Mapping.End"] = "left", ["Mapping.Threshold"] = "240" });
        var scan = await FinishedAsync(id);

        Assert.Equal("Failed", scan.GetProperty("status").GetString());
        var page = await PageAsync($"/scans/{id}");
        var reason = WebUtility.HtmlDecode(Regex.Match(page, "<p id=\"failure-reason\">(.*?)</p>", RegexOptions.Singleline).Groups[1].Value);
        Assert.True(reason.Contains("uk.csv", StringComparison.Ordinal), reason);
        Assert.True(reason.Contains("'01/03/2026 09:00'", StringComparison.Ordinal), reason);
        await Html.ProblemAsync(await _browser.GetAsync($"/scans/{id}/report.pdf"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Scan_WhileWaiting_ShowsAProgressBarThatRefreshesWithAndWithoutScript()
    {
        var id = await UploadedAsync(Encoding.UTF8.GetBytes("id,arrived,left\n1,2026-01-01 10:00,2026-01-01 13:00\n"), "waiting.csv");
        using (var db = app.Database.Open())
        {
            var job = await db.ScanJobs.FindAsync(id);
            job!.Status = Goodhart.Store.ScanJobStatus.Running;
            job.Stage = "Counting cases by duration";
            job.Progress = 12;
            await db.SaveChangesAsync();
        }

        var page = await PageAsync($"/scans/{id}");

        Assert.Contains("<progress class=\"scan\" id=\"scan-progress\" max=\"100\" value=\"12\">", page, StringComparison.Ordinal);
        Assert.Contains("Counting cases by duration", page, StringComparison.Ordinal);
        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"2\"></noscript>", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/scan-progress.js\" defer></script>", page, StringComparison.Ordinal);
        var script = await _browser.GetAsync("/scan-progress.js");
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"/api/scans/{id}", page, StringComparison.Ordinal);

        // A restart finds it marked running with no worker on it: it failed, and the page says why.
        using var restarted = app.Restarted();
        var after = await restarted.Browser().GetFromJsonAsync<JsonElement>($"/api/scans/{id}");
        Assert.Equal("Failed", after.GetProperty("status").GetString());
        Assert.Contains("The app stopped while this scan was running", after.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheScanOperations()
    {
        var document = await _browser.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var upload = paths.GetProperty("/api/scans").GetProperty("post");
        Assert.Equal("UploadScanFile", upload.GetProperty("operationId").GetString());
        Assert.True(upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/octet-stream", out _));
        Assert.Equal("MapScan", paths.GetProperty("/api/scans/{id}/mapping").GetProperty("put").GetProperty("operationId").GetString());
        Assert.Equal("GetScan", paths.GetProperty("/api/scans/{id}").GetProperty("get").GetProperty("operationId").GetString());
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("ScanMappingInput", out _));
    }

    [GeneratedRegex("^/scans/([0-9a-f-]{36})/map$")]
    private static partial Regex MapPath();
}

public sealed class ScanPagesOnSqliteTests(SqliteApp app) : ScanPagesTests(app), IClassFixture<SqliteApp>;

public sealed class ScanPagesOnPostgresTests(PostgresApp app) : ScanPagesTests(app), IClassFixture<PostgresApp>;
