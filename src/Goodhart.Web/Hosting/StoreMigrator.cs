using Goodhart.Store;

namespace Goodhart.Web.Hosting;

/// <summary>Brings the database up to date before the server takes its first request.</summary>
internal sealed class StoreMigrator(IServiceScopeFactory scopes) : IHostedLifecycleService
{
    // Starting runs before every hosted service's StartAsync, the web server's included.
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await GoodhartStore.MigrateAsync(scope.ServiceProvider.GetRequiredService<GoodhartDbContext>(), cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
