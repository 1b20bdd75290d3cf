using BorderMap.App.Access;
using BorderMap.App.Api;
using BorderMap.Core.Queries;
using BorderMap.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;
using NetTopologySuite.IO.Converters;

namespace BorderMap.App.Server;

/// <summary>Wires the HTTP server: Kestrel, the access rules, the JSON API and the web bundle. No logic lives here.</summary>
internal static class BorderMapServer
{
    /// <summary>Serves one local user on 127.0.0.1:<paramref name="port"/> (0 picks a free port).</summary>
    public static WebApplication Create(ClaimCatalog catalog, int port) => Create(catalog, new ServerOptions { Port = port });

    /// <summary>Builds the app around <paramref name="catalog"/>, which it then owns and disposes.</summary>
    public static WebApplication Create(ClaimCatalog catalog, ServerOptions options)
    {
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(options.Bind, options.Port));
        var areas = catalog.Current.Data.Areas;
        builder.Services.AddSingleton(_ => catalog);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<WriteRateLimiter>();
        builder.Services.AddSingleton(areas);

        // Handlers that take the data, the index or the name search get the snapshot that is
        // current when the request arrives, so they see every write without knowing about the store.
        builder.Services.AddTransient(_ => catalog.Current.Data);
        builder.Services.AddTransient(_ => catalog.Current.Index);
        builder.Services.AddTransient(_ => catalog.Current.Search);
        builder.Services.AddSingleton<RegionProfiler>();
        builder.Services.AddSingleton(new ClaimFilterParser(areas));
        builder.Services.AddGeocoding();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new GeoJsonConverterFactory()));

        var app = builder.Build();
        app.UseStatusCodePages();
        app.UseAccessControl(options.Tokens);
        app.UseSameOriginWrites(shared: options.Tokens is not null);
        app.UseWriteLimits(options);
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapSessionEndpoints(options.Tokens);
        app.MapStyleEndpoints();
        app.MapLayerEndpoints();
        app.MapClaimEndpoints();
        app.MapClaimWriteEndpoints();
        app.MapSourceEndpoints();
        app.MapSourceWriteEndpoints();
        app.MapRegionEndpoints();
        app.MapExportEndpoints();
        app.MapSearchEndpoints();
        app.MapGeocodeEndpoints();
        return app;
    }

    /// <summary>The URL Kestrel listens on, or null when the app is hosted without a socket (in-memory test server).</summary>
    public static string? ListeningUrl(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address is null || address.EndsWith('/') ? address : address + "/";
    }
}
