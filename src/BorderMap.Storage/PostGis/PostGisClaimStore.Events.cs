using BorderMap.Storage.Events;

namespace BorderMap.Storage.PostGis;

/// <summary>The PostGIS store's event tables (<see cref="PostGisEventSql"/>): writes on the primary, reads where claim reads go.</summary>
public sealed partial class PostGisClaimStore
{
    private protected override T WithEvents<T>(Func<EventTables, T> work, bool write)
    {
        using var connection = write ? _dataSource.OpenConnection() : _reads.Open();
        using var transaction = connection.BeginTransaction();
        var result = work(new EventTables(new PostGisEventSql(connection, transaction), new PostGisTables(connection, transaction, _placer)));
        if (write)
        {
            transaction.Commit();
            _reads.Wrote(connection);
        }

        return result;
    }
}
