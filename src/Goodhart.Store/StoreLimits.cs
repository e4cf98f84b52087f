namespace Goodhart.Store;

/// <summary>The longest text each kind of field holds; forms and the API check against the same numbers.</summary>
public static class StoreLimits
{
    /// <summary>Names: of a measure, of an owner.</summary>
    public const int Name = 200;

    /// <summary>A file name as a user's system gave it.</summary>
    public const int FileName = 255;

    /// <summary>Short labels such as a unit.</summary>
    public const int Short = 50;

    /// <summary>Sentences and paragraphs: definitions, purposes, rationales.</summary>
    public const int LongText = 4000;

    /// <summary>A hash in hexadecimal (SHA-256).</summary>
    public const int Hash = 64;

    /// <summary>An enum member's name.</summary>
    internal const int Enum = 20;
}
