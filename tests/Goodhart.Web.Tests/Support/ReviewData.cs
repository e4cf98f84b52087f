using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Goodhart.Web.Tests.Support;

/// <summary>Measures with a known series, made through the API, for the review tests.</summary>
internal static class ReviewData
{
    /// <summary>
    /// A measure (lower is better) with <see cref="SeriesPagesTests.Shifted"/> as monthly values from January 2025: two
    /// signals, an improvement from 2025-01-01 to 2025-12-01 and a concern from 2026-01-01 to 2026-08-01.
    /// </summary>
    public static async Task<(Guid Id, string Name)> ShiftedMeasureAsync(HttpClient client, string prefix = "Waits")
    {
        var name = $"{prefix} {Guid.NewGuid():N}";
        var response = await client.PostAsJsonAsync("/api/measures", new { name, direction = "Decrease", cadence = "Weekly", lastReviewedOn = "2026-11-20" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        for (var i = 0; i < SeriesPagesTests.Shifted.Length; i++)
        {
            var period = new DateOnly(2025, 1, 1).AddMonths(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/measures/{id}/series", new { period, value = SeriesPagesTests.Shifted[i] })).StatusCode);
        }

        return (id, name);
    }

    /// <summary>A weekly measure last reviewed on 1 November 2026 (by its card): due 8 November, overdue on the 23rd.</summary>
    public static async Task<(Guid Id, string Name)> OverdueMeasureAsync(HttpClient client)
    {
        var name = $"Calls {Guid.NewGuid():N}";
        var response = await client.PostAsJsonAsync("/api/measures", new { name, cadence = "Weekly", lastReviewedOn = "2026-11-01" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), name);
    }

    public static string Team() => $"Team {Guid.NewGuid():N}"[..17];
}
