namespace BorderMap.Storage.PostGis;

/// <summary>
/// The statement triggers on <c>claims</c> that keep a pre-counted table: one function per kind of
/// statement, each given the statement's changes as rows of <paramref name="changed"/> columns and
/// <c>n</c>, +1 for a claim added and −1 for a claim removed (an update is both), so one import
/// chunk is one pass over its rows.
/// </summary>
internal static class ClaimCountTriggers
{
    /// <summary>
    /// Functions <c>bordermap_{name}_inserted</c>, <c>_updated</c>, <c>_deleted</c> running
    /// <paramref name="apply"/> over the changes, and triggers <c>claim_{name}_…</c> that call them.
    /// </summary>
    public static string Sql(string name, string changed, Func<string, string> apply)
    {
        var added = $"SELECT {changed}, 1 AS n FROM added";
        var removed = $"SELECT {changed}, -1 AS n FROM removed";
        return $"""
            {Function($"bordermap_{name}_inserted", apply(added))}
            {Function($"bordermap_{name}_updated", apply($"{removed} UNION ALL {added}"))}
            {Function($"bordermap_{name}_deleted", apply(removed))}
            CREATE TRIGGER claim_{name}_inserted AFTER INSERT ON claims REFERENCING NEW TABLE AS added
              FOR EACH STATEMENT EXECUTE FUNCTION bordermap_{name}_inserted();
            CREATE TRIGGER claim_{name}_updated AFTER UPDATE ON claims REFERENCING OLD TABLE AS removed NEW TABLE AS added
              FOR EACH STATEMENT EXECUTE FUNCTION bordermap_{name}_updated();
            CREATE TRIGGER claim_{name}_deleted AFTER DELETE ON claims REFERENCING OLD TABLE AS removed
              FOR EACH STATEMENT EXECUTE FUNCTION bordermap_{name}_deleted();
            """;
    }

    private static string Function(string name, string body) =>
        $"""
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {body}
          RETURN NULL;
        END $$;
        """;
}
