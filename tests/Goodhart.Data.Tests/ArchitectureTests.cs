using Goodhart.Data.Tables;

namespace Goodhart.Data.Tests;

/// <summary>The data layer's place in the architecture, checked.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Data_References_OnlyTheCoreItsFileReadersDuckDbAndNpgsql()
    {
        var references = typeof(TableReader).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "Goodhart" or "Sylvan.Data.Csv" or "MiniExcel" or "DuckDB.NET.Data" or "DuckDB.NET.Bindings" or "Npgsql",
            $"Goodhart.Data must not reference {name}"));
    }
}
