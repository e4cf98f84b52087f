namespace Goodhart.Findings;

/// <summary>The data a renderer needs to draw a finding's chart: what to draw, not how.</summary>
/// <param name="Title">The chart's title.</param>
public abstract record ChartData(string Title);
