using System.Text.RegularExpressions;
using Goodhart.Cli.Tests.Support;

namespace Goodhart.Cli.Tests;

/// <summary>Runs every <c>goodhart …</c> example of the README, so the README cannot go stale.</summary>
public sealed partial class ReadmeTests
{
    public static TheoryData<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(Samples.Root, "README.md"));
        var data = new TheoryData<string>();
        foreach (Match block in BashBlock().Matches(readme))
        {
            foreach (var line in block.Groups[1].Value.Split('\n'))
            {
                if (line.StartsWith("goodhart ", StringComparison.Ordinal))
                {
                    data.Add(line.Trim());
                }
            }
        }

        return data;
    }

    [Fact]
    public void Readme_HasExamples()
    {
        Assert.True(Examples().Count >= 4);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Readme_Example_RunsAndExits0(string commandLine)
    {
        using var cli = new CliRun();
        CopyDirectory(Path.Combine(Samples.Root, "samples"), cli.PathOf("samples"));
        var (args, redirect) = Split(commandLine, cli.Directory);
        if (commandLine.Contains("--answers answers.json", StringComparison.Ordinal))
        {
            // The README fills this file in with the template command just before.
            using var template = new CliRun();
            template.Run("stress-test", "template", "--measure", "Tickets closed per day");
            File.WriteAllText(cli.PathOf("answers.json"), template.Out.ToString());
        }

        if (commandLine.StartsWith("goodhart scan ae.parquet", StringComparison.Ordinal))
        {
            // The README simulates this log with the command just before.
            var simulate = ((IEnumerable<object[]>)Examples()).Select(e => (string)e[0]).Single(e => e.StartsWith("goodhart simulate", StringComparison.Ordinal) && e.Contains("ae.parquet", StringComparison.Ordinal));
            Assert.Equal(0, cli.Run(Split(simulate, cli.Directory).Args));
        }

        var code = cli.Run(args);

        Assert.True(code == 0, $"{commandLine} exited {code}: {cli.Error}");
        if (redirect is not null)
        {
            File.WriteAllText(cli.PathOf(redirect), cli.Out.ToString());
            Assert.NotEmpty(cli.Out.ToString());
        }
    }

    private static (string[] Args, string? Redirect) Split(string commandLine, string directory)
    {
        var tokens = Token().Matches(commandLine).Select(m => m.Value.Trim('"')).Skip(1).ToList();
        string? redirect = null;
        var index = tokens.IndexOf(">");
        if (index >= 0)
        {
            redirect = tokens[index + 1];
            tokens = tokens[..index];
        }

        var args = new List<string>();
        foreach (var token in tokens)
        {
            if (token.Contains('*', StringComparison.Ordinal))
            {
                var folder = Path.GetDirectoryName(token)!;
                args.AddRange(Directory.GetFiles(Path.Combine(directory, folder), Path.GetFileName(token))
                    .Order(StringComparer.Ordinal)
                    .Select(f => Path.GetRelativePath(directory, f)));
            }
            else
            {
                args.Add(token);
            }
        }

        return (args.ToArray(), redirect);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex("```bash\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex("\"[^\"]*\"|\\S+")]
    private static partial Regex Token();
}
