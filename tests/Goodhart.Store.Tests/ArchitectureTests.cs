namespace Goodhart.Store.Tests;

/// <summary>The store's place in the architecture, checked.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Store_References_OnlyTheCoreAndEfCoreWithItsTwoEngines()
    {
        var references = typeof(GoodhartDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "Goodhart" or "Microsoft.Data.Sqlite" or "Npgsql"
                || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || name.StartsWith("Npgsql.EntityFrameworkCore", StringComparison.Ordinal),
            $"Goodhart.Store must not reference {name}"));
    }
}
