using System.Globalization;
using System.Text;

namespace Goodhart.Reports.Tests.Support;

/// <summary>
/// Compares rendered text with a committed <c>.verified</c> file, byte for byte. Set the environment
/// variable <c>GOODHART_UPDATE_GOLDEN=1</c> to rewrite the files instead (then review the diff and commit).
/// </summary>
internal static class Golden
{
    public const string UpdateVariable = "GOODHART_UPDATE_GOLDEN";

    /// <summary>Checks <paramref name="actual"/> against the file at <paramref name="relativePath"/> (from the test project folder).</summary>
    public static void Verify(string actual, string relativePath)
    {
        var path = Path.Combine(ProjectDirectory(), relativePath);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"Golden file {relativePath} does not exist. Run the tests with {UpdateVariable}=1 to create it, then review and commit it.");
        }

        var expected = File.ReadAllText(path, Encoding.UTF8);
        if (expected != actual)
        {
            Assert.Fail(Describe(expected, actual, relativePath));
        }
    }

    private static string Describe(string expected, string actual, string relativePath)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        static string Show(string[] lines, int index) => index < lines.Length ? Visible(lines[index]) : "<end of text>";
        return new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Rendered text differs from {relativePath} at line {line + 1}:")
            .AppendLine(CultureInfo.InvariantCulture, $"  expected: {Show(expectedLines, line)}")
            .AppendLine(CultureInfo.InvariantCulture, $"  actual:   {Show(actualLines, line)}")
            .AppendLine(CultureInfo.InvariantCulture, $"(expected {expectedLines.Length} lines, got {actualLines.Length}; {expected.Length} vs {actual.Length} characters)")
            .Append(CultureInfo.InvariantCulture, $"If the change is intended, rerun with {UpdateVariable}=1 and commit the updated file.")
            .ToString();
    }

    private static string Visible(string line) => line.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "⏎";

    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Goodhart.Reports.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the Goodhart.Reports.Tests project folder above " + AppContext.BaseDirectory);
    }
}
