using BorderMap.App.Cli;
using BorderMap.Storage.GeoPackage;

// First, before anything opens a store: SQLite takes this only before its first use.
SqliteThreading.UseUnguardedConnections();
return await BorderMapCommandLine.RunAsync(args);

/// <summary>The entry point, public so that API tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
