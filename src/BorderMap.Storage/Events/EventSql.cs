using System.Data.Common;

namespace BorderMap.Storage.Events;

/// <summary>
/// One transaction's connection as the event tables need it. The event SQL is written once
/// (<see cref="EventTables"/>) in the part of SQL both SQLite and PostgreSQL speak, with
/// <c>@name</c> parameters; a backend says only how to run a statement and how to match a list.
/// </summary>
internal abstract class EventSql
{
    public List<T> Rows<T>(string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>A condition that <paramref name="column"/> is one of the list bound as <paramref name="parameter"/>.</summary>
    public abstract string In(string column, string parameter);

    /// <summary>
    /// The indexed condition that an event's box meets the box bound as <c>@west</c>, <c>@east</c>,
    /// <c>@south</c> and <c>@north</c> (edges touching count).
    /// </summary>
    public abstract string BoxMeets { get; }

    /// <summary>The value to bind for a list used with <see cref="In"/>.</summary>
    public abstract object List(IReadOnlyCollection<string> values);

    /// <summary>The statement bound to the transaction, with the parameters (null as a database null).</summary>
    protected abstract DbCommand Command(string sql, (string Name, object? Value)[] parameters);
}
