using Goodhart.Web.Hosting;

namespace Goodhart.Web.Tests;

/// <summary>The web app is a face: it renders what the core computes and computes nothing itself.</summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void Web_References_NeitherTheNumericsLibraryNorTheDataEnginesDirectly()
    {
        var references = typeof(GoodhartWebOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain("MathNet.Numerics", references);
        Assert.DoesNotContain("DuckDB.NET.Data", references);
        Assert.Contains("Goodhart", references);
        Assert.Contains("Goodhart.Store", references);

        // Uploaded series files are read by the data library's reader and charts drawn by the reports library.
        Assert.Contains("Goodhart.Data", references);
        Assert.Contains("Goodhart.Reports", references);
        Assert.DoesNotContain("ScottPlot", references);
    }
}
