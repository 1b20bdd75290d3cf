using System.CommandLine;
using BorderMap.App.Server;
using BorderMap.Storage;
using Microsoft.Extensions.Hosting;

namespace BorderMap.App.Cli;

/// <summary><c>bordermap serve</c>: open the claim store, serve the web map on 127.0.0.1 and, unless told not to, open it.</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5180;

    public static void AddTo(RootCommand root)
    {
        var port = new Option<int>("--port") { Description = "TCP port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Serve without opening a browser window." };
        var data = ClaimsStoreOpener.DataOption();
        var store = ClaimsStoreOpener.StoreOption();
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535.");
            }
        });

        var serve = new Command("serve", "Serve the map on 127.0.0.1 and print its URL.") { port, noBrowser, data, store };
        serve.SetAction((result, cancel) => RunAsync(result.GetValue(port), !result.GetValue(noBrowser), result.GetValue(data), result.GetValue(store), cancel));
        root.Subcommands.Add(serve);

        root.Options.Add(data);
        root.Options.Add(store);

        // Hosting tools such as WebApplicationFactory start the entry point with the standard host
        // options; the root command accepts them so those tools can host the app unchanged.
        foreach (var hostOption in new[] { "--environment", "--contentRoot", "--applicationName" })
        {
            root.Options.Add(new Option<string>(hostOption) { Hidden = true });
        }

        root.SetAction((result, cancel) => RunAsync(DefaultPort, openBrowser: true, result.GetValue(data), result.GetValue(store), cancel));
    }

    private static async Task<int> RunAsync(int port, bool openBrowser, DirectoryInfo? dataDirectory, string? storeOption, CancellationToken cancel)
    {
        if (await ClaimsStoreOpener.OpenAsync(dataDirectory, storeOption) is not var (data, store))
        {
            return BorderMapCommandLine.BadInput;
        }

        var catalog = await ClaimCatalog.LoadAsync(store, data.Areas, cancel);

        // The app owns the catalog from here on and closes the store when it stops.
        await using var app = BorderMapServer.Create(catalog, port);
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e)
        {
            await Console.Error.WriteLineAsync($"bordermap: cannot listen on 127.0.0.1:{port}: {e.Message} Pass --port with another port, or 0 for any free one.");
            return 1;
        }

        if (BorderMapServer.ListeningUrl(app) is { } url)
        {
            Console.WriteLine($"BorderMap is serving {catalog.Current.Data.Claims.Count} claims from {catalog.Store.Description} at {url} (Ctrl+C stops it)");
            if (openBrowser)
            {
                BrowserLauncher.Open(url);
            }
        }

        await app.WaitForShutdownAsync(cancel);
        return 0;
    }
}
