using System.Text.RegularExpressions;
using Goodhart.Testing;
using Goodhart.Web.BrowserTests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Goodhart.Web.BrowserTests;

/// <summary>The stress-test wizard in Chromium against the real server: by mouse, by keyboard, across a restart.</summary>
public sealed partial class StressTestBrowserTests(BrowserFixture browser, ITestOutputHelper output) : BrowserTest(browser, output)
{
    private static string Flat(string text) => Whitespace().Replace(text, " ");

    [Fact]
    public async Task Wizard_EveryItemRatedHighest_ShowsSevereProfileAndAPdfNamingMeasureBandAndDimensions()
    {
        const string measure = "First-contact resolution";
        var id = await Wizard.StartAsync(Page, Server, measure);
        Assert.Equal($"Step 1 of {Wizard.StepCount}", await Page.Locator("#progress").InnerTextAsync());
        Assert.Equal(measure, await Page.Locator("input[name='context.measure']").InputValueAsync());
        await Page.Locator("input[name='context.usage'][value='league-table']").CheckAsync();
        await Page.Locator("input[name='context.recorder']").First.CheckAsync();
        await ScreenshotAsync("wizard-step-1");
        await Wizard.NextAsync(Page, Wizard.Step(id, 2));

        for (var step = 2; step <= Wizard.StepCount; step++)
        {
            Assert.Equal($"Step {step} of {Wizard.StepCount}", await Page.Locator("#progress").InnerTextAsync());
            await Wizard.RateEveryItemAsync(Page, "4");
            if (step == 2)
            {
                await ScreenshotAsync("wizard-step-2");
                await DocsScreenshotAsync("web-wizard-step", Page.Locator("p.crumbs"));
            }

            await Wizard.NextAsync(Page, step < Wizard.StepCount ? Wizard.Step(id, step + 1) : $"/stress-tests/{id}/result");
        }

        Assert.Equal($"Stress test of {measure}", await Page.Locator("h1").InnerTextAsync());
        Assert.Contains("Distortion risk: Severe, 100 of 100", Flat(await Page.Locator("#overall").InnerTextAsync()), StringComparison.Ordinal);
        Assert.Equal(Wizard.Instrument.Dimensions.Count, await Page.Locator("svg.profile rect.bar.band-severe").CountAsync());
        foreach (var dimension in Wizard.Instrument.Dimensions)
        {
            Assert.Equal(1, await Page.Locator("table.dimensions th[scope=row]", new() { HasTextString = dimension.Title }).CountAsync());
        }

        // Every label of the profile chart is drawn whole, inside the drawing.
        var clipped = await Page.Locator("svg.profile").EvaluateAsync<string[]>(
            "svg => [...svg.querySelectorAll('text')].filter(t => { const b = t.getBBox(); return b.x < 0 || b.x + b.width > svg.viewBox.baseVal.width; }).map(t => t.textContent)");
        Assert.Empty(clipped);

        await ScreenshotAsync("stress-test-result");
        await ScreenshotAtAsync("stress-test-result-dysfunctions", Page.GetByRole(AriaRole.Heading, new() { Name = "Likely dysfunctions" }));
        await ScreenshotAtAsync("stress-test-result-watch-list", Page.GetByRole(AriaRole.Heading, new() { Name = "Watch list" }));
        await DocsScreenshotAsync("web-stress-test-result", Page.Locator("h1"));

        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "PDF", Exact = true }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = Screenshots.PathOf("stress-test-report.pdf");
        await download.SaveAsAsync(pdf);
        Output.WriteLine($"PDF: {pdf}");
        var text = Flat(Poppler.Text(pdf));
        Assert.Contains(measure, text, StringComparison.Ordinal);
        Assert.Contains("Overall distortion risk: severe (100 of 100)", text, StringComparison.Ordinal);
        foreach (var dimension in Wizard.Instrument.Dimensions)
        {
            Assert.Contains(dimension.Title, text, StringComparison.Ordinal);
        }

        Assert.Empty(Dialogs);
    }

    [Fact]
    public async Task Wizard_WithTabSpaceAndEnterOnly_ReachesTheResultAndEveryFocusedControlShowsAnOutline()
    {
        const string measure = "Calls answered within 20 seconds";
        await GoAsync("/stress-tests/new");
        await TabToAsync(e => e.Id == "measure");
        await Page.Keyboard.TypeAsync(measure);
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync(Wizard.StepAddress());
        var id = Guid.Parse(Wizard.StepAddress().Match(Page.Url).Groups[1].Value);

        var radiosAnswered = 0;
        for (var step = 1; step <= Wizard.StepCount; step++)
        {
            Assert.Equal($"Step {step} of {Wizard.StepCount}", await Page.Locator("#progress").InnerTextAsync());
            var groups = await Page.Locator(step == 1 ? "fieldset.choices:has(input[type=radio])" : "fieldset.rating").CountAsync();
            var answered = new HashSet<string>(StringComparer.Ordinal);
            for (var presses = 0; ; presses++)
            {
                Assert.True(presses < 200, $"Tab never reached Next on step {step}.");
                var focused = await TabAsync();
                if (focused is { Tag: "BUTTON", Value: "next" })
                {
                    break;
                }

                // Tab stops once in a radio group with nothing chosen, on its first answer; Space chooses it.
                if (focused is { Type: "radio", Checked: false } && answered.Add(focused.Name))
                {
                    if (step == 2 && answered.Count == 2)
                    {
                        await ScreenshotAsync("wizard-keyboard-focus");
                    }

                    await Page.Keyboard.PressAsync(" ");
                    Assert.True(await Page.EvaluateAsync<bool>("() => document.activeElement.checked"), $"Space did not choose {focused.Name}.");
                }
            }

            Assert.Equal(groups, answered.Count);
            radiosAnswered += answered.Count;
            await Page.Keyboard.PressAsync("Enter");
            await Page.WaitForURLAsync(url => url.EndsWith(step < Wizard.StepCount ? Wizard.Step(id, step + 1) : $"/stress-tests/{id}/result", StringComparison.Ordinal));
        }

        Assert.True(radiosAnswered > Wizard.StepCount, "Every step should have had questions answered with Space.");
        Assert.Equal($"Stress test of {measure}", await Page.Locator("h1").InnerTextAsync());
        // Space on the first answer of each question: the least risk everywhere.
        Assert.Contains("Distortion risk: Low, 0 of 100", Flat(await Page.Locator("#overall").InnerTextAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wizard_ServerRestartedHalfway_KeepsEveryAnswerAndResumesAtTheFirstUnansweredStep()
    {
        const string measure = "Four-hour waits";
        const string reflection = "Speed is praised in the morning huddle.";
        var id = await Wizard.StartAsync(Page, Server, measure);
        var dimensions = Wizard.Instrument.Dimensions;
        await Page.Locator("input[name='context.usage'][value='target']").CheckAsync();
        await Page.Locator("input[name='context.usage'][value='inspection']").CheckAsync();
        await Page.Locator("input[name='context.recorder']").Last.CheckAsync();
        var recorder = await Page.Locator("input[name='context.recorder']").Last.GetAttributeAsync("value");
        await Wizard.NextAsync(Page, Wizard.Step(id, 2));
        await Wizard.RateEveryItemAsync(Page, "3");
        await Page.Locator($"input[name='item.{dimensions[0].Items[0].Id}'][value='not-sure']").CheckAsync();
        await Page.Locator($"textarea[name='reflection.{dimensions[0].Id}']").FillAsync(reflection);
        await Wizard.NextAsync(Page, Wizard.Step(id, 3));
        await Wizard.RateEveryItemAsync(Page, "1");
        await Wizard.NextAsync(Page, Wizard.Step(id, 4));
        // Step 4 half done: one answer, saved by Back.
        await Page.Locator($"input[name='item.{dimensions[2].Items[0].Id}'][value='2']").CheckAsync();
        await Page.Locator("button[name=go][value=back]").ClickAsync();
        await Page.WaitForURLAsync(url => url.EndsWith(Wizard.Step(id, 3), StringComparison.Ordinal));

        await RestartServerAsync();

        await GoAsync($"/stress-tests/{id}");
        Assert.EndsWith(Wizard.Step(id, 4), Page.Url, StringComparison.Ordinal);
        Assert.True(await Page.Locator($"input[name='item.{dimensions[2].Items[0].Id}'][value='2']").IsCheckedAsync());
        foreach (var item in dimensions[2].Items.Skip(1))
        {
            Assert.Equal(0, await Page.Locator($"input[name='item.{item.Id}']:checked").CountAsync());
        }

        await GoAsync(Wizard.Step(id, 1));
        Assert.Equal(measure, await Page.Locator("input[name='context.measure']").InputValueAsync());
        Assert.True(await Page.Locator("input[name='context.usage'][value='target']").IsCheckedAsync());
        Assert.True(await Page.Locator("input[name='context.usage'][value='inspection']").IsCheckedAsync());
        Assert.Equal(2, await Page.Locator("input[name='context.usage']:checked").CountAsync());
        Assert.True(await Page.Locator($"input[name='context.recorder'][value='{recorder}']").IsCheckedAsync());

        await GoAsync(Wizard.Step(id, 2));
        Assert.True(await Page.Locator($"input[name='item.{dimensions[0].Items[0].Id}'][value='not-sure']").IsCheckedAsync());
        foreach (var item in dimensions[0].Items.Skip(1))
        {
            Assert.True(await Page.Locator($"input[name='item.{item.Id}'][value='3']").IsCheckedAsync(), item.Id);
        }

        Assert.Equal(reflection, await Page.Locator($"textarea[name='reflection.{dimensions[0].Id}']").InputValueAsync());
        await GoAsync(Wizard.Step(id, 3));
        foreach (var item in dimensions[1].Items)
        {
            Assert.True(await Page.Locator($"input[name='item.{item.Id}'][value='1']").IsCheckedAsync(), item.Id);
        }

        // The wizard goes on from where it stopped, on the new server, to the result.
        await GoAsync($"/stress-tests/{id}");
        for (var step = 4; step <= Wizard.StepCount; step++)
        {
            await Wizard.RateEveryItemAsync(Page, "2");
            await Wizard.NextAsync(Page, step < Wizard.StepCount ? Wizard.Step(id, step + 1) : $"/stress-tests/{id}/result");
        }

        Assert.Equal($"Stress test of {measure}", await Page.Locator("h1").InnerTextAsync());
        Assert.Equal(dimensions.Count, await Page.Locator("svg.profile rect.bar").CountAsync());
    }

    /// <summary>Presses Tab until the focus is on what <paramref name="found"/> looks for.</summary>
    private async Task TabToAsync(Func<Focused, bool> found)
    {
        for (var presses = 0; presses < 50; presses++)
        {
            if (found(await TabAsync()))
            {
                return;
            }
        }

        Assert.Fail("Tab never reached the control looked for.");
    }

    /// <summary>Presses Tab once and checks that the control it reaches shows its focus with an outline.</summary>
    private async Task<Focused> TabAsync()
    {
        await Page.Keyboard.PressAsync("Tab");
        var focused = await Page.EvaluateAsync<Focused>(
            """
            () => {
              const e = document.activeElement;
              const s = getComputedStyle(e);
              return { tag: e.tagName, id: e.id || '', type: e.type || '', name: e.name || '', value: e.value || '',
                       checked: !!e.checked, outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0 };
            }
            """);
        Assert.NotEqual("BODY", focused.Tag);
        Assert.True(
            focused.OutlineStyle != "none" && focused.OutlineWidth >= 2,
            $"The focused {focused.Tag} {focused.Type} {focused.Name}{focused.Id} shows no outline ({focused.OutlineStyle} {focused.OutlineWidth}px).");
        return focused;
    }

    /// <summary>What has the keyboard focus, and how its outline is drawn.</summary>
    private sealed class Focused
    {
        public string Tag { get; set; } = "";

        public string Id { get; set; } = "";

        public string Type { get; set; } = "";

        public string Name { get; set; } = "";

        public string Value { get; set; } = "";

        public bool Checked { get; set; }

        public string OutlineStyle { get; set; } = "";

        public double OutlineWidth { get; set; }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
