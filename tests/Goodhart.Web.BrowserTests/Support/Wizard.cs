using System.Text.RegularExpressions;
using Goodhart.StressTest;
using Microsoft.Playwright;

namespace Goodhart.Web.BrowserTests.Support;

/// <summary>The stress-test wizard as a person uses it with the mouse: fields filled, radio buttons clicked, Next pressed.</summary>
internal static partial class Wizard
{
    public static readonly Instrument Instrument = InstrumentLoader.Default;

    public static int StepCount => Instrument.Dimensions.Count + 2;

    /// <summary>Starts a stress test from /stress-tests/new and returns its id, read from the first step's address.</summary>
    public static async Task<Guid> StartAsync(IPage page, LiveServer server, string measure, string role = "manager")
    {
        await page.GotoAsync(server.Url("/stress-tests/new"));
        await page.GetByLabel("The measure").FillAsync(measure);
        await page.Locator("#role").FillAsync(role);
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await page.WaitForURLAsync(StepAddress());
        return Guid.Parse(StepAddress().Match(page.Url).Groups[1].Value);
    }

    /// <summary>The address of a step page; group 1 is the stress test's id, group 2 the step.</summary>
    [GeneratedRegex("/stress-tests/([0-9a-f-]{36})/steps/([0-9]+)$")]
    public static partial Regex StepAddress();

    /// <summary>Clicks one answer in every question of a dimension or checklist step (the rating's value, or "not-sure").</summary>
    public static async Task RateEveryItemAsync(IPage page, string value)
    {
        var questions = page.Locator("fieldset.rating");
        var count = await questions.CountAsync();
        Assert.True(count > 0, "The step has no rated questions.");
        for (var i = 0; i < count; i++)
        {
            await questions.Nth(i).Locator($"input[type=radio][value='{value}']").CheckAsync();
        }
    }

    /// <summary>Presses Next and waits for the page after it.</summary>
    public static async Task NextAsync(IPage page, string expectedAddressEnd)
    {
        await page.Locator("button[name=go][value=next]").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(expectedAddressEnd, StringComparison.Ordinal));
    }

    /// <summary>The address ending of a step.</summary>
    public static string Step(Guid id, int step) => $"/stress-tests/{id}/steps/{step}";
}
