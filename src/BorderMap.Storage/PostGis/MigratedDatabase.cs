namespace BorderMap.Storage.PostGis;

/// <summary>A PostgreSQL database whose schema <see cref="PostGisClaimStore.Migrate"/> brought up to date, ready for <see cref="PostGisClaimStore.Open(MigratedDatabase, Core.Areas.AreaCatalog, StoreSeed, TimeProvider?, string?)"/>.</summary>
/// <param name="ConnectionString">The Npgsql connection string of the database.</param>
/// <param name="Description">The database's address without its password, for messages.</param>
public sealed record MigratedDatabase(string ConnectionString, string Description);
