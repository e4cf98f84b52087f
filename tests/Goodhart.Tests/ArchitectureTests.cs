using System.Text.RegularExpressions;
using Goodhart.StressTest;
using Goodhart.Tests.Support;

namespace Goodhart.Tests;

/// <summary>The rules of the architecture, checked rather than hoped for.</summary>
public sealed partial class ArchitectureTests
{
    [Fact]
    public void Core_References_OnlyTheBaseLibraryAndItsParsers()
    {
        var references = typeof(Instrument).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "YamlDotNet" or "MathNet.Numerics",
            $"the core must not reference {name}"));
    }

    [Fact]
    public void Projects_CarryNoPackageVersions_TheyAreAllPinnedCentrally()
    {
        var projects = Directory.GetFiles(Repo.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        foreach (var project in projects)
        {
            Assert.DoesNotMatch(PackageWithVersion(), File.ReadAllText(project));
        }

        var pinned = File.ReadAllText(Repo.PathOf("Directory.Packages.props"));
        Assert.DoesNotMatch(FloatingVersion(), pinned);
    }

    [Fact]
    public void Core_UsesNoAmbientClockConsoleOrRandomness()
    {
        var sources = Directory.GetFiles(Repo.PathOf("src/Goodhart"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        foreach (var source in sources)
        {
            var text = File.ReadAllText(source);
            Assert.DoesNotMatch(AmbientState(), text);
        }
    }

    [GeneratedRegex("<PackageReference[^>]*Version=")]
    private static partial Regex PackageWithVersion();

    [GeneratedRegex(@"Version=""[^""]*[\*\[\(]")]
    private static partial Regex FloatingVersion();

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)|Console\.|Random\.Shared|new Random\(\)")]
    private static partial Regex AmbientState();
}
