using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Goodhart.Web.Hosting;

/// <summary>
/// Counts every write to the database in <see cref="StoreChanges"/>: commands that are not queries (bulk deletes and
/// updates commit as they run), each SaveChanges once it has committed, and each explicit transaction's commit, so a
/// view computed after the count moved has seen the write.
/// </summary>
/// <param name="changes">The counter.</param>
public sealed class StoreChangeInterceptor(StoreChanges changes) : DbCommandInterceptor, ISaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <inheritdoc />
    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        changes.Bump();
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        changes.Bump();
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        changes.Bump();
        return result;
    }

    /// <inheritdoc />
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        changes.Bump();
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public void SaveChangesFailed(DbContextErrorEventData eventData) => changes.Bump();

    /// <inheritdoc />
    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        changes.Bump();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => changes.Bump();

    /// <inheritdoc />
    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        changes.Bump();
        return Task.CompletedTask;
    }
}
