namespace Goodhart.Reports.Charts;

/// <summary>What a chart shows, independent of how it is drawn (SVG in HTML, vectors in PDF).</summary>
public abstract record ChartSpec;
