using BorderMap.App.Access;
using BorderMap.App.Server;
using BorderMap.Core.Geodata;
using BorderMap.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BorderMap.App.Tests;

/// <summary>
/// The app on a real loopback socket over a claim store of its own, for tests that write. The
/// store is a fresh GeoPackage file seeded with the shipped geodata, or the given store (a
/// PostGIS database). Subclasses serve it with other <see cref="ServerOptions"/> (tokens, limits).
/// </summary>
public class StoreServer(string storePath) : IAsyncLifetime
{
    private WebApplication? _app;

    public StoreServer()
        : this(StoreTestEnvironment.NewStorePath())
    {
    }

    public string StorePath { get; } = storePath;

    public HttpClient Client { get; private set; } = null!;

    public Uri Url => Client.BaseAddress!;

    /// <summary>The running app's services, for tests that hold a resource the app shares (an export slot).</summary>
    public IServiceProvider Services => _app!.Services;

    public static BorderMapData Geodata { get; } = GeodataLoader.Load(Path.Combine(AppContext.BaseDirectory, "geodata"));

    /// <summary>The routes the app serves, as (HTTP method, route pattern).</summary>
    public IReadOnlyList<(string Method, string Pattern)> Routes =>
        [.. _app!.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, e.RoutePattern.RawText!)))];

    public virtual async Task InitializeAsync()
    {
        var store = StoreLocation.Open(StorePath, Geodata.Areas, StoreSeed.From(Geodata));
        _app = BorderMapServer.Create(store, Geodata.Areas, Options() with { Port = 0 });
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(BorderMapServer.ListeningUrl(_app)!) };
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private protected virtual ServerOptions Options() => new();
}
