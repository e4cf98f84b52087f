using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Goodhart.Web.Tests.Support;

/// <summary>Small readers of what the app sends back.</summary>
internal static partial class Html
{
    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static string Token(string page)
    {
        var match = TokenInput().Match(page);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The message shown next to a field of the form, or "" when there is none.</summary>
    public static string ErrorFor(string page, string field)
    {
        var match = Regex.Match(page, $"<span class=\"error\" id=\"[^\"]*\" data-valmsg-for=\"{Regex.Escape(field)}\">(.*?)</span>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    /// <summary>The value an input of the form shows.</summary>
    public static string ValueOf(string page, string field)
    {
        var input = Regex.Match(page, $"<input[^>]*name=\"{Regex.Escape(field)}\"[^>]*>");
        if (input.Success)
        {
            var value = Regex.Match(input.Value, "value=\"([^\"]*)\"");
            return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : "";
        }

        var textarea = Regex.Match(page, $"<textarea[^>]*name=\"{Regex.Escape(field)}\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline);
        Assert.True(textarea.Success, $"The form has no field {field}.");
        return WebUtility.HtmlDecode(textarea.Groups[1].Value).TrimStart('\r', '\n');
    }

    /// <summary>The value of the selected option of a list.</summary>
    public static string SelectedOf(string page, string field)
    {
        var select = Regex.Match(page, $"<select[^>]*name=\"{Regex.Escape(field)}\"[^>]*>(.*?)</select>", RegexOptions.Singleline);
        Assert.True(select.Success, $"The form has no list {field}.");
        var option = Regex.Match(select.Groups[1].Value, "<option selected=\"selected\" value=\"([^\"]*)\"");
        return option.Success ? option.Groups[1].Value : "";
    }

    /// <summary>Reads a problem-details response and checks its shape: JSON, the status, a readable detail.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        var detail = problem.GetProperty("detail").GetString();
        Assert.False(string.IsNullOrWhiteSpace(detail), "A problem must say what went wrong.");
        Assert.True(detail!.Length > 20 && detail.Contains(' ', StringComparison.Ordinal), $"Not a readable sentence: {detail}");
        return problem;
    }

    [GeneratedRegex("<input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
