using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BorderMap.Core.Areas;
using BorderMap.Storage;
using BorderMap.Storage.PostGis;
using Npgsql;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A throwaway PostgreSQL 15 with PostGIS for the tests: <c>initdb</c> in a temporary directory
/// (as the <c>postgres</c> user when the tests run as root, because PostgreSQL refuses to run as
/// root), listening on a free port on 127.0.0.1 with its socket in that directory. PostGIS is
/// created in <c>template1</c>, so every database <see cref="NewDatabaseAsync"/> makes has it at
/// the cost of a file copy. Disposing stops the server (<c>pg_ctl stop -m fast</c>) and deletes the directory.
/// </summary>
public sealed class PostGisServer : IAsyncLifetime
{
    public const string Binaries = "/usr/lib/postgresql/15/bin";

    private static readonly bool IsRoot = Environment.UserName == "root";

    /// <summary>The database <see cref="NewStoreDatabaseAsync"/> copies.</summary>
    private const string StoreTemplate = "store_template";

    /// <summary>The database <see cref="NewSeededStoreDatabaseAsync"/> copies.</summary>
    private const string SeededStoreTemplate = "seeded_store_template";

    private readonly Lock _storeTemplateLock = new();
    private readonly ConcurrentQueue<Task> _drops = new();
    private string _directory = null!;
    private int _databases;
    private Task? _storeTemplate;
    private Task? _seededStoreTemplate;

    public int Port { get; private set; }

    private string DataDirectory => Path.Combine(_directory, "data");

    /// <summary>An Npgsql connection string for <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true, Timeout = 30, CommandTimeout = 120 }.ConnectionString;

    public async Task InitializeAsync()
    {
        _directory = Path.Combine(Path.GetTempPath(), "bordermap-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_directory);
        if (IsRoot)
        {
            await RunAsync("chown", "postgres:postgres", _directory);
        }

        // initdb's pg_hba.conf lets 127.0.0.1 replicate with the same trust, which StartReplicaAsync needs.
        await RunAsync(Path.Combine(Binaries, "initdb"), "-D", DataDirectory, "-U", "postgres", "--auth-local=trust", "--auth-host=trust", "-E", "UTF8", "--locale=C.UTF-8", "-N");
        await StartAsync();

        // Not pooled: CREATE DATABASE refuses to copy a template that any session is connected to.
        await using var connection = new NpgsqlConnection(ConnectionString("template1") + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS postgis", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A new, empty database (PostGIS already in it); its connection string.</summary>
    public Task<string> NewDatabaseAsync() => CopyAsync("template1");

    /// <summary>
    /// A new database holding an empty claim store at the current schema; its connection string. It is
    /// a copy of one store that this server migrates once (a store opened with no seed, which stays
    /// empty), so that a test's store is not migrated through every schema version again: opening it
    /// seeds it as a new store. The migrations themselves run on that first store, and the tests of an
    /// upgrade undo and apply them on their own store.
    /// </summary>
    public async Task<string> NewStoreDatabaseAsync(AreaCatalog areas)
    {
        await StoreTemplateAsync(areas);
        return await CopyAsync(StoreTemplate);
    }

    /// <summary>
    /// A new database holding a claim store seeded with <paramref name="seed"/>; its connection string.
    /// It is a copy of one store that this server seeds once, with the first caller's seed (every caller
    /// passes the same), so that a test's store is neither migrated nor seeded again: opening it finds it
    /// seeded. Creating and seeding a store stay tested on stores made by <see cref="NewStoreDatabaseAsync"/>.
    /// </summary>
    public async Task<string> NewSeededStoreDatabaseAsync(AreaCatalog areas, StoreSeed seed)
    {
        Task template;
        lock (_storeTemplateLock)
        {
            template = _seededStoreTemplate ??= MakeSeededStoreTemplateAsync(areas, seed);
        }

        await template;
        return await CopyAsync(SeededStoreTemplate);
    }

    private Task StoreTemplateAsync(AreaCatalog areas)
    {
        lock (_storeTemplateLock)
        {
            return _storeTemplate ??= MakeStoreTemplateAsync(areas);
        }
    }

    private async Task MakeStoreTemplateAsync(AreaCatalog areas) =>
        await PostGisClaimStore.Open(await CreateDatabaseAsync(StoreTemplate, "template1"), areas, StoreSeed.Empty).DisposeAsync();

    private async Task MakeSeededStoreTemplateAsync(AreaCatalog areas, StoreSeed seed)
    {
        await StoreTemplateAsync(areas);
        await PostGisClaimStore.Open(await CreateDatabaseAsync(SeededStoreTemplate, StoreTemplate), areas, seed).DisposeAsync();
    }

    /// <summary>
    /// Drops a database this server made, once its test has closed its store, without waiting for it: the drop runs
    /// beside the next test and <see cref="DisposeAsync"/> awaits it. Kept, every test's copy (~23 MB) stayed for the
    /// whole run (223 databases, 5 GB in one cluster), and autovacuum's launcher, which visits each database once a
    /// minute, started a worker ever more often as they grew (bench/RESULTS.md, Test suite, suite38).
    /// </summary>
    public void DropLater(string connectionString)
    {
        // Its pooled sessions (a test's own reads of the catalog) would only be ended by the drop; close them first.
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        _drops.Enqueue(Task.Run(() => ExecuteAsync($"DROP DATABASE {name} WITH (FORCE)")));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A new database copied from <paramref name="template"/>; its connection string.</summary>
    private Task<string> CopyAsync(string template) => CreateDatabaseAsync($"test_{Interlocked.Increment(ref _databases)}", template);

    private async Task<string> CreateDatabaseAsync(string name, string template)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        // CREATE DATABASE copies its template, which only one session may use at a time: retry when another test is copying it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {template}", connection);
                await command.ExecuteNonQueryAsync();
                return ConnectionString(name);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>
    /// A streaming replica of this server (every database), made with <c>pg_basebackup -R</c> and
    /// started on its own port; it replays what the primary writes. Dispose it before this server.
    /// </summary>
    public async Task<PostGisServer> StartReplicaAsync()
    {
        var replica = new PostGisServer { _directory = Path.Combine(Path.GetTempPath(), "bordermap-pg-" + Guid.NewGuid().ToString("N")[..12]) };
        Directory.CreateDirectory(replica._directory);
        if (IsRoot)
        {
            await RunAsync("chown", "postgres:postgres", replica._directory);
        }

        await RunAsync(Path.Combine(Binaries, "pg_basebackup"), "-D", replica.DataDirectory, "-h", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres", "-R", "-X", "stream", "-c", "fast");
        await replica.StartAsync();
        return replica;
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Task.WhenAll(_drops);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await RunAsync(Path.Combine(Binaries, "pg_ctl"), "-D", DataDirectory, "-w", "-m", "fast", "stop");
            }
            finally
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
    }

    /// <summary>Stops the server as an outage would (<c>pg_ctl stop -m fast</c>); <see cref="StartAgainAsync"/> brings it back.</summary>
    public Task StopAsync() => RunAsync(Path.Combine(Binaries, "pg_ctl"), "-D", DataDirectory, "-w", "-m", "fast", "stop");

    /// <summary>Starts the stopped server again on the same port, where its clients look for it.</summary>
    public Task StartAgainAsync() => StartOnPortAsync();

    private async Task StartAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            try
            {
                await StartOnPortAsync();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // The port was taken between choosing it and the server binding it: choose again.
            }
        }
    }

    private Task StartOnPortAsync() => RunAsync(
        Path.Combine(Binaries, "pg_ctl"), "-D", DataDirectory, "-w", "-t", "60", "-l", Path.Combine(_directory, "server.log"),
        "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {_directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300", "start");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a tool (as postgres when root, except chown) to its end; throws with its output when it fails.</summary>
    private static async Task RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(IsRoot && tool != "chown" ? "runuser" : tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot && tool != "chown")
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", tool })
            {
                start.ArgumentList.Add(prefix);
            }
        }
        else if (tool == "chown")
        {
            start.FileName = "chown";
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        // pg_ctl start leaves the server holding inherited pipes; read to the process's exit, not to EOF.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}{await error}");
        }
    }
}
