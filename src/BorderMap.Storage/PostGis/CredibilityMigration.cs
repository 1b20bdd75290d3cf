namespace BorderMap.Storage.PostGis;

/// <summary>
/// Information credibility (Admiralty 1–6) of each claim: derived by the database from the claim's
/// data, so that every write path sets it, and indexed for the <c>credibility=</c> filter.
/// Registered in <see cref="PostGisSchema.Migrations"/>.
/// </summary>
internal static class CredibilityMigration
{
    public const string Sql = """
        ALTER TABLE claims ADD COLUMN credibility integer
          GENERATED ALWAYS AS ((data->>'credibility')::integer) STORED CHECK (credibility BETWEEN 1 AND 6);
        CREATE INDEX claims_credibility_idx ON claims (credibility) WHERE credibility IS NOT NULL;
        """;
}
