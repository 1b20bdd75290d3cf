using BorderMap.Storage.Events;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>The GeoPackage store's event tables (<see cref="GeoPackageEventSql"/>).</summary>
public sealed partial class GeoPackageClaimStore
{
    private protected override T WithEvents<T>(Func<EventTables, T> work, bool write)
    {
        using var connection = Connect();
        // A write takes the write lock at once (BEGIN IMMEDIATE), so its checks and writes see one state.
        using var transaction = connection.BeginTransaction(deferred: !write);
        using var claims = new ClaimTables(connection, transaction, _placer);
        var result = work(new EventTables(new GeoPackageEventSql(connection, transaction), claims));
        if (write)
        {
            transaction.Commit();
            _checkpoints.Wrote();
        }

        return result;
    }

    /// <summary>
    /// Gives a file written before events its event tables, one written before event places its
    /// <c>event_areas</c>, and one written before derived statuses those columns and the R-tree of
    /// boxes (each step a no-op where they exist); then derives the events that lack any of them.
    /// </summary>
    private void AddEventTables()
    {
        using (var connection = Connect())
        using (var transaction = connection.BeginTransaction())
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_rejections'";
            if (command.ExecuteScalar() is null)
            {
                command.CommandText = GeoPackageEventSql.Create;
                command.ExecuteNonQuery();
            }

            command.CommandText = EventPlaceSchema.Create;
            command.ExecuteNonQuery();
            GeoPackageEventSql.ApplyDerived(connection, transaction);
            transaction.Commit();
        }

        DeriveUnderivedEvents();
    }
}
