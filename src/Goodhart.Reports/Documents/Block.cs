namespace Goodhart.Reports.Documents;

/// <summary>One piece of a <see cref="ReportDocument"/>: a heading, a paragraph, a list, a table, a chart.</summary>
public abstract record Block;

/// <summary>A section heading. Level 1 starts a major section; level 2 and 3 nest under it.</summary>
/// <param name="Level">1, 2 or 3.</param>
/// <param name="Text">The heading text.</param>
public sealed record Heading(int Level, string Text) : Block;

/// <summary>A paragraph of running text.</summary>
/// <param name="Text">The text; line breaks inside it are kept.</param>
/// <param name="Style">How it is set: normal, lead (larger), note (smaller, muted) or quote (a respondent's own words).</param>
public sealed record Paragraph(string Text, ParagraphStyle Style = ParagraphStyle.Normal) : Block;

/// <summary>A bulleted list.</summary>
/// <param name="Items">One string per bullet.</param>
public sealed record BulletList(IReadOnlyList<string> Items) : Block;

/// <summary>Label/value pairs, such as the context of a measure.</summary>
/// <param name="Pairs">The pairs in order.</param>
public sealed record KeyValueList(IReadOnlyList<KeyValuePair<string, string>> Pairs) : Block;

/// <summary>A table with a header row.</summary>
/// <param name="Columns">The header cells; their count fixes the width of every row.</param>
/// <param name="Rows">The body rows.</param>
/// <param name="NumericColumns">Indexes of columns that hold numbers (right-aligned).</param>
public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> NumericColumns) : Block;

/// <summary>A highlighted box, used for the headline verdict.</summary>
/// <param name="Tone">Colour of the box.</param>
/// <param name="Title">A short headline.</param>
/// <param name="Text">The reading underneath.</param>
public sealed record Callout(Tone Tone, string Title, string Text) : Block;

/// <summary>A chart with a caption that says in words what it shows.</summary>
/// <param name="Chart">What to draw.</param>
/// <param name="Caption">A sentence under the chart.</param>
public sealed record ChartBlock(Charts.ChartSpec Chart, string Caption) : Block;
