using System.CommandLine;
using System.Net;
using BorderMap.App.Access;
using BorderMap.App.Api;
using BorderMap.App.Server;
using BorderMap.Storage;
using Microsoft.Extensions.Hosting;

namespace BorderMap.App.Cli;

/// <summary>
/// <c>bordermap serve</c>: open the claim store, serve the web map (on 127.0.0.1 unless
/// <c>--bind</c> says otherwise, which needs <c>--token-file</c>) and, unless told not to, open it.
/// </summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5180;

    public static void AddTo(RootCommand root)
    {
        var port = new Option<int>("--port") { Description = "TCP port (0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        var bind = new Option<string>("--bind")
        {
            Description = "IP address to listen on, e.g. 0.0.0.0 for every interface. Anything but loopback needs --token-file.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var tokenFile = new Option<FileInfo>("--token-file") { Description = "Require an access token from this file (see `bordermap tokens`) for every request." };
        var writeRate = new Option<int>("--write-rate")
        {
            Description = "Changes a minute each editor may make.",
            DefaultValueFactory = _ => ServerOptions.DefaultWritesPerMinute,
        };
        var maxBody = new Option<int>("--max-body-kib")
        {
            Description = "Largest request body accepted, in KiB.",
            DefaultValueFactory = _ => (int)(ServerOptions.DefaultMaxBodyBytes / 1024),
        };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Serve without opening a browser window." };
        var (countCap, countBudget, countExactBudget) = CountOptions();
        var data = ClaimsStoreOpener.DataOption();
        var store = ClaimsStoreOpener.StoreOption();
        var readStore = ClaimsStoreOpener.ReadStoreOption();
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535.");
            }
        });

        bind.Validators.Add(r =>
        {
            if (!IPAddress.TryParse(r.GetValueOrDefault<string>(), out _))
            {
                r.AddError($"--bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not '{r.GetValueOrDefault<string>()}'.");
            }
        });

        var serve = new Command("serve", "Serve the map and print its URL.") { port, bind, tokenFile, writeRate, maxBody, noBrowser, countCap, countBudget, countExactBudget, data, store, readStore };
        var (trustedProxy, allowedHosts) = (ServeNetworkOptions.TrustedProxy(), ServeNetworkOptions.AllowedHosts());
        serve.Options.Add(trustedProxy);
        serve.Options.Add(allowedHosts);
        serve.SetAction((result, cancel) =>
        {
            var options = Options(IPAddress.Parse(result.GetValue(bind)!), result.GetValue(port), result.GetValue(tokenFile), result.GetValue(writeRate), result.GetValue(maxBody));
            options = options is null ? null : ServeNetworkOptions.Apply(options, result.GetValue(trustedProxy), result.GetValue(allowedHosts));
            return options is null
                ? Task.FromResult(BorderMapCommandLine.BadInput)
                : RunAsync(options with { CountCap = result.GetValue(countCap), CountBudget = TimeSpan.FromMilliseconds(result.GetValue(countBudget)), CountExactBudget = TimeSpan.FromMilliseconds(result.GetValue(countExactBudget)) }, !result.GetValue(noBrowser), result.GetValue(data), result.GetValue(store), result.GetValue(readStore), cancel);
        });
        root.Subcommands.Add(serve);

        root.Options.Add(data);
        root.Options.Add(store);

        // Hosting tools such as WebApplicationFactory start the entry point with the standard host
        // options; the root command accepts them so those tools can host the app unchanged.
        foreach (var hostOption in new[] { "--environment", "--contentRoot", "--applicationName" })
        {
            root.Options.Add(new Option<string>(hostOption) { Hidden = true });
        }

        root.SetAction((result, cancel) => RunAsync(new ServerOptions { Port = DefaultPort }, openBrowser: true, result.GetValue(data), result.GetValue(store), readStoreOption: null, cancel));
    }

    /// <summary>The options that bound how long and how far a count reads claims one by one.</summary>
    private static (Option<int> Cap, Option<int> Budget, Option<int> ExactBudget) CountOptions()
    {
        var countCap = new Option<int>("--count-cap")
        {
            Description = "The most claims a count (legend, actors, histogram, region panel) reads one by one under a box, a word, an actor or a source when the exact count runs past --count-budget; past it the counts are shown as lower bounds (N+).",
            DefaultValueFactory = _ => ServerOptions.DefaultCountCap,
        };
        var countBudget = Milliseconds(
            "--count-budget",
            "Milliseconds a count that reads claims one by one may take to be exact before it falls back to --count-cap; 0 stops at the cap at once.",
            ServerOptions.DefaultCountBudgetMilliseconds);
        var countExactBudget = Milliseconds(
            "--count-exact-budget",
            "Milliseconds a count asked for exactly (a click on an N+ figure, exact=1) may take before it answers the lower bound after all.",
            ServerOptions.DefaultCountExactBudgetMilliseconds);
        return (countCap, countBudget, countExactBudget);
    }

    /// <summary>An option of 0 or more milliseconds.</summary>
    private static Option<int> Milliseconds(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError($"{name} must be 0 or more milliseconds.");
            }
        });
        return option;
    }

    /// <summary>The server options, or null after saying on stderr why they cannot be used.</summary>
    private static ServerOptions? Options(IPAddress bind, int port, FileInfo? tokenFile, int writesPerMinute, int maxBodyKib)
    {
        TokenRegistry? tokens = null;
        try
        {
            tokens = tokenFile is null ? null : new TokenRegistry(tokenFile.FullName, TimeProvider.System);
        }
        catch (TokenFileException e)
        {
            Console.Error.WriteLine($"bordermap: cannot use the token file {e.Message}");
            return null;
        }

        var options = new ServerOptions { Bind = bind, Port = port, Tokens = tokens, WritesPerMinute = writesPerMinute, MaxBodyBytes = maxBodyKib * 1024L };
        if (options.Problem() is { } problem)
        {
            Console.Error.WriteLine($"bordermap: {problem}");
            return null;
        }

        return options;
    }

    private static async Task<int> RunAsync(ServerOptions options, bool openBrowser, DirectoryInfo? dataDirectory, string? storeOption, string? readStoreOption, CancellationToken cancel)
    {
        // Built beside the store's opening and the warm-up, which do not need it, and awaited before the URL, so that the first requests
        // after the URL do not share the cores with it. Awaited before the server was built, it was the last thing the start-up waited for
        // at 1,000,000 claims in PostGIS, 0.8–2.3 s after the store had opened (bench/RESULTS.md, Scale, start34).
        var geocoder = GeocodeEndpoints.StartBuildingGeocoder();
        if (await ClaimsStoreOpener.OpenAsync(dataDirectory, storeOption, readStoreOption) is not var (areas, store))
        {
            return BorderMapCommandLine.BadInput;
        }

        // The app owns the store from here on and closes it when it stops. It reads no claims to start.
        StartupPhases.Ended("store opened");
        await using var app = BorderMapServer.Create(store, areas, options, geocoder);
        try
        {
            await app.StartAsync(cancel);
            StartupPhases.Ended("listening");
        }
        catch (Exception e) when (ListenFailure.Describe(e) is { } reason)
        {
            await Console.Error.WriteLineAsync($"bordermap: cannot listen on {options.Bind}:{options.Port}: {reason}");
            return BorderMapCommandLine.BadInput;
        }

        if (BorderMapServer.ListeningUrl(app) is { } url)
        {
            // Before the URL (for at most 2 s), so that a fresh server's first requests do not share the cores with its set-up.
            await StartupWarmUp.RunAsync(LocalUrl(url, options), store, app.Lifetime.ApplicationStopping);
            await geocoder;
            StartupPhases.Ended("geocoder awaited");
            var access = options.Tokens is { } tokens ? $", to holders of a token in {tokens.Path}" : string.Empty;
            Console.WriteLine($"BorderMap is serving the claims of {store.Description} at {url}{access} (Ctrl+C stops it)");
            if (openBrowser)
            {
                // Not awaited: serving goes on while the browser starts; a failure is reported when it comes.
                _ = BrowserLauncher.OpenAsync(LocalUrl(url, options), Console.Out);
            }
        }

        await app.WaitForShutdownAsync(cancel);
        return 0;
    }

    /// <summary>The URL to open on this machine: a server bound to every interface is reached here through loopback.</summary>
    private static string LocalUrl(string url, ServerOptions options) =>
        options.Bind.Equals(IPAddress.Any) ? url.Replace("://0.0.0.0:", "://127.0.0.1:", StringComparison.Ordinal)
        : options.Bind.Equals(IPAddress.IPv6Any) ? url.Replace("://[::]:", "://[::1]:", StringComparison.Ordinal)
        : url;
}
