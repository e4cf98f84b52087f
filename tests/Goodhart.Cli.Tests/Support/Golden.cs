using System.Text;
using Goodhart.Testing;

namespace Goodhart.Cli.Tests.Support;

/// <summary>Compares CLI text with a committed <c>.verified</c> file; <c>GOODHART_UPDATE_GOLDEN=1</c> rewrites it on purpose.</summary>
internal static class Golden
{
    public const string UpdateVariable = "GOODHART_UPDATE_GOLDEN";

    /// <summary>Checks <paramref name="actual"/> against the file at <paramref name="relativePath"/> (from this test project's folder).</summary>
    public static void Verify(string actual, string relativePath)
    {
        var path = RepositoryRoot.Combine("tests", "Goodhart.Cli.Tests", relativePath);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {relativePath} does not exist. Run the tests with {UpdateVariable}=1 to create it, then review and commit it.");
        var expected = File.ReadAllText(path, Encoding.UTF8);
        var line = expected.Split('\n').Zip(actual.Split('\n')).TakeWhile(p => p.First == p.Second).Count();
        Assert.True(expected == actual, $"The output differs from {relativePath} at line {line + 1}.");
    }
}
