using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Goodhart.Registry;
using Goodhart.Store;
using Goodhart.Web.Cards;
using Goodhart.Web.Hosting;
using Goodhart.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Goodhart.Web.Tests;

/// <summary>The registry view kept between requests: reused only while nothing was written, for a day, for two seconds.</summary>
public sealed class RegistryViewCacheTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    private static RegistryView View() => new([], MeasureHealthCheck.Check([], Day), HealthCheckOptions.Default);

    [Fact]
    public async Task GetAsync_NothingWrittenWithinTheAge_ComputesOnce()
    {
        var clock = new SteppedClock();
        var cache = new RegistryViewCache(new StoreChanges(), clock);
        var computed = 0;

        var first = await cache.GetAsync(Day, () => { computed++; return Task.FromResult(View()); });
        clock.Advance(TimeSpan.FromSeconds(1.9));
        var second = await cache.GetAsync(Day, () => { computed++; return Task.FromResult(View()); });

        Assert.Equal(1, computed);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task GetAsync_AfterAWriteAnotherDayOrTwoSeconds_ComputesAgain()
    {
        var clock = new SteppedClock();
        var changes = new StoreChanges();
        var cache = new RegistryViewCache(changes, clock);
        var computed = 0;
        Task<RegistryView> Compute()
        {
            computed++;
            return Task.FromResult(View());
        }

        await cache.GetAsync(Day, Compute);
        changes.Bump();
        await cache.GetAsync(Day, Compute);
        await cache.GetAsync(Day.AddDays(1), Compute);
        clock.Advance(RegistryViewCache.MaxAge);
        await cache.GetAsync(Day.AddDays(1), Compute);

        Assert.Equal(4, computed);
    }

    [Fact]
    public async Task GetAsync_AWriteWhileComputing_IsNotHiddenByTheViewComputedBeforeIt()
    {
        var changes = new StoreChanges();
        var cache = new RegistryViewCache(changes, new SteppedClock());
        var computed = 0;

        await cache.GetAsync(Day, () =>
        {
            computed++;
            changes.Bump();
            return Task.FromResult(View());
        });
        await cache.GetAsync(Day, () => { computed++; return Task.FromResult(View()); });

        Assert.Equal(2, computed);
    }

    /// <summary>A clock whose timestamps move only when told.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}

/// <summary>Every way the app writes is counted, so the registry shows a change on the next request; on each engine.</summary>
public abstract class StoreChangesTests(GoodhartAppFactory app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<bool> ListedAsync(Guid id, string name)
    {
        var page = WebUtility.HtmlDecode(await _client.GetStringAsync("/measures"));
        var list = await _client.GetFromJsonAsync<JsonElement>("/api/measures");
        var inApi = list.EnumerateArray().Any(m => m.GetProperty("id").GetGuid() == id && m.GetProperty("name").GetString() == name);
        Assert.Equal(inApi, page.Contains(name, StringComparison.Ordinal));
        return inApi;
    }

    [Fact]
    public async Task Registry_CreateRenameDelete_EachShownOnTheNextRequest()
    {
        var name = $"Cached {Guid.NewGuid():N}";
        Assert.False(await ListedAsync(Guid.Empty, name));

        var created = await (await _client.PostAsJsonAsync("/api/measures", new { name })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        Assert.True(await ListedAsync(id, name));

        var renamed = $"Renamed {Guid.NewGuid():N}";
        Assert.Equal(HttpStatusCode.OK, (await _client.PutAsJsonAsync($"/api/measures/{id}", new { name = renamed })).StatusCode);
        Assert.False(await ListedAsync(id, name));
        Assert.True(await ListedAsync(id, renamed));

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/measures/{id}")).StatusCode);
        Assert.False(await ListedAsync(id, renamed));
    }

    [Fact]
    public async Task Interceptor_SaveChangesBulkDeleteAndCommit_EachMoveTheCount()
    {
        using var scope = app.Services.CreateScope();
        var changes = scope.ServiceProvider.GetRequiredService<StoreChanges>();
        var db = scope.ServiceProvider.GetRequiredService<GoodhartDbContext>();
        var measure = new Measure { Id = Guid.NewGuid(), Name = $"Counted {Guid.NewGuid():N}", CreatedOn = GoodhartAppFactory.Today };

        var before = changes.Version;
        db.Measures.Add(measure);
        await db.SaveChangesAsync();
        var saved = changes.Version;
        await db.Measures.Where(m => m.Id == measure.Id).ExecuteDeleteAsync();
        var deleted = changes.Version;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await transaction.CommitAsync();
        }

        var committed = changes.Version;
        await db.Measures.AsNoTracking().CountAsync();

        Assert.True(saved > before, "SaveChanges was not counted");
        Assert.True(deleted > saved, "a bulk delete was not counted");
        Assert.True(committed > deleted, "a commit was not counted");
        Assert.Equal(committed, changes.Version);
    }
}

public sealed class StoreChangesOnSqliteTests(SqliteApp app) : StoreChangesTests(app), IClassFixture<SqliteApp>;

public sealed class StoreChangesOnPostgresTests(PostgresApp app) : StoreChangesTests(app), IClassFixture<PostgresApp>;
