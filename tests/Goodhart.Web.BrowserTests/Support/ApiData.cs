using System.Globalization;
using Microsoft.Playwright;

namespace Goodhart.Web.BrowserTests.Support;

/// <summary>Data made through the JSON API with the page's own request context, for tests about other pages.</summary>
internal static class ApiData
{
    /// <summary>
    /// A clear step after twelve months: twelve values round 10, then eight round 20. With lower better, the last eight
    /// are a concern; with higher better, an improvement.
    /// </summary>
    public static readonly double[] Shifted = [10, 11, 9, 10, 12, 9, 10, 11, 10, 9, 11, 10, 20, 21, 19, 20, 22, 20, 21, 20];

    /// <summary>The first year's pattern twice: no signal.</summary>
    public static readonly double[] Flat = [10, 11, 9, 10, 12, 9, 10, 11, 10, 9, 11, 10, 10, 11, 9, 10, 12, 9, 10, 11];

    /// <summary>Adds a card (direction Increase or Decrease, balanced by the given cards) and returns its id.</summary>
    public static async Task<Guid> MeasureAsync(IPage page, LiveServer server, string name, string direction, params Guid[] balancedBy)
    {
        var response = await page.APIRequest.PostAsync(server.Url("/api/measures"), new()
        {
            DataObject = new { name, direction, owner = "Head of the contact centre", balancingMeasureIds = balancedBy },
        });
        Assert.True(response.Status == 201, $"{response.Status}: {await response.TextAsync()}");
        var body = await response.JsonAsync();
        return body!.Value.GetProperty("id").GetGuid();
    }

    /// <summary>Adds one value a month from <paramref name="first"/> on, one request per value.</summary>
    public static async Task SeriesAsync(IPage page, LiveServer server, Guid measure, DateOnly first, IReadOnlyList<double> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var period = first.AddMonths(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var response = await page.APIRequest.PostAsync(server.Url($"/api/measures/{measure}/series"), new()
            {
                DataObject = new { period, value = values[i] },
            });
            Assert.True(response.Status == 201, $"{period}: {response.Status}: {await response.TextAsync()}");
        }
    }
}
