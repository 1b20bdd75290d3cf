using BorderMap.Storage.Events;
using Microsoft.Data.Sqlite;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.GeoPackage;

/// <summary>The GeoPackage store's event tables (<see cref="GeoPackageEventSql"/>).</summary>
public sealed partial class GeoPackageClaimStore
{
    private protected override T WithEvents<T>(Func<EventTables, T> work, bool write)
    {
        using var connection = Connect(_connectionString);
        // A write takes the write lock at once (BEGIN IMMEDIATE), so its checks and writes see one state.
        using var transaction = connection.BeginTransaction(deferred: !write);
        using var claims = new ClaimTables(connection, transaction, _placer);
        var result = work(new EventTables(new GeoPackageEventSql(connection, transaction), claims));
        if (write)
        {
            transaction.Commit();
        }

        return result;
    }

    private protected override EventTables EventsIn(IClaimTransaction tx) => ((ClaimTables)tx).Events();

    /// <summary>
    /// Gives a file written before events its event tables, and one written before event places its
    /// <c>event_areas</c>, then places its events; each statement is a no-op where they exist.
    /// </summary>
    private void AddEventTables()
    {
        using (var connection = Connect(_connectionString))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'event_areas'";
            if (command.ExecuteScalar() is not null)
            {
                return;
            }

            using var transaction = connection.BeginTransaction();
            command.Transaction = transaction;
            command.CommandText = GeoPackageEventSql.Create + EventPlaceSchema.Create;
            command.ExecuteNonQuery();
            transaction.Commit();
        }

        PlaceUnplacedEvents();
    }
}
