using Microsoft.EntityFrameworkCore.Design;

namespace Goodhart.Store;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the context. Migrations are generated against SQLite and then made
/// provider-neutral by hand (see docs/web.md): no column types, both engines' annotations.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<GoodhartDbContext>
{
    public GoodhartDbContext CreateDbContext(string[] args) =>
        new(GoodhartStore.Options(new StoreConnection.Sqlite(Path.Combine(Path.GetTempPath(), "goodhart-design.db"))));
}
