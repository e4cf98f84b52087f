namespace Goodhart.Reports.Scan;

/// <summary>One setting of a scan's mapping: the column or value given for an option.</summary>
/// <param name="Key">A stable name for tools, e.g. <c>start</c> (the JSON key).</param>
/// <param name="Label">What it is, for people, e.g. "Start time column".</param>
/// <param name="Value">The value given, e.g. the column name.</param>
public sealed record ScanSetting(string Key, string Label, string Value);
