using BorderMap.App.Server;
using BorderMap.Core.Geodata;
using BorderMap.Storage;
using Microsoft.AspNetCore.Builder;

namespace BorderMap.App.Tests;

/// <summary>
/// The app on a real loopback socket over a claim store of its own, for tests that write. The
/// store is a fresh GeoPackage file seeded with the shipped geodata.
/// </summary>
public sealed class StoreServer : IAsyncLifetime
{
    private WebApplication? _app;

    public string StorePath { get; } = StoreTestEnvironment.NewStorePath();

    public HttpClient Client { get; private set; } = null!;

    public Uri Url => Client.BaseAddress!;

    public static BorderMapData Geodata { get; } = GeodataLoader.Load(Path.Combine(AppContext.BaseDirectory, "geodata"));

    public async Task InitializeAsync()
    {
        var store = StoreLocation.Open(StorePath, Geodata.Areas, StoreSeed.From(Geodata));
        _app = BorderMapServer.Create(await ClaimCatalog.LoadAsync(store, Geodata.Areas), port: 0);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(BorderMapServer.ListeningUrl(_app)!) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
