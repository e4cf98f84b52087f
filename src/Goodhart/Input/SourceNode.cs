namespace Goodhart.Input;

/// <summary>
/// A node of a parsed YAML or JSON document that remembers where it stood, so validation can name the
/// line of every problem. JSON and YAML both parse into this one shape and are validated by the same code.
/// </summary>
/// <param name="Line">1-based line where the node starts.</param>
internal abstract record SourceNode(int Line);

/// <summary>A mapping with its entries in document order.</summary>
internal sealed record SourceMap(int Line, IReadOnlyList<SourceEntry> Entries) : SourceNode(Line)
{
    public SourceNode? Get(string key) => Entries.FirstOrDefault(e => e.Key == key)?.Value;
}

/// <summary>One key of a mapping, with the line of the key.</summary>
internal sealed record SourceEntry(string Key, int Line, SourceNode Value);

/// <summary>A sequence.</summary>
internal sealed record SourceList(int Line, IReadOnlyList<SourceNode> Items) : SourceNode(Line);

/// <summary>
/// A scalar. <see cref="Value"/> is <c>null</c> for an explicit null; <see cref="Quoted"/> tells a
/// quoted string from a bare word or number.
/// </summary>
internal sealed record SourceScalar(int Line, string? Value, bool Quoted) : SourceNode(Line);
