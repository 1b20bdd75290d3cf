using BorderMap.App.Access;
using BorderMap.App.Api;
using BorderMap.App.Exporting;
using BorderMap.App.Ogc;
using BorderMap.Core.Areas;
using BorderMap.Core.Geocoding;
using BorderMap.Core.Queries;
using BorderMap.Core.Search;
using BorderMap.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;
using NetTopologySuite.IO.Converters;

namespace BorderMap.App.Server;

/// <summary>
/// Wires the HTTP server: Kestrel, the access rules, the JSON API and the web bundle. No logic lives
/// here. The app holds no claims: every request that needs them asks the claim store, so every
/// instance on a shared store answers what the store holds now. What stays in memory does not grow
/// with the claims: the boundaries, their name search and measurements, the gazetteer and the style.
/// </summary>
internal static class BorderMapServer
{
    /// <summary>
    /// Builds the app around <paramref name="store"/>, which it then owns and disposes, with the boundaries the store places claims in,
    /// and the geocoder <paramref name="geocoder"/> builds if one is being built ahead (else it is built when first needed).
    /// </summary>
    public static WebApplication Create(IClaimStore store, AreaCatalog areas, ServerOptions options, Task<Geocoder?>? geocoder = null)
    {
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var startup = new StartupLogGate(LogLevel.Warning);
        builder.Logging.AddFilter(StartupLogGate.HostCategory, startup.Allows);
        builder.WebHost.ConfigureKestrel(k => k.Listen(options.Bind, options.Port));

        store.CountCap = options.CountCap;
        store.CountBudget = options.CountBudget;
        store.CountExactBudget = options.CountExactBudget;

        // Registered through a factory so that the container disposes the store when the app stops.
        builder.Services.AddSingleton(_ => store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<WriteRateLimiter>();
        builder.Services.AddSingleton<ExportSlots>();
        builder.Services.AddSingleton(new SessionStore(TimeProvider.System));
        builder.Services.AddSingleton(areas);
        builder.Services.AddSingleton(new NameSearch(areas));
        builder.Services.AddSingleton<RegionProfiler>();
        builder.Services.AddSingleton(new ClaimFilterParser(areas));
        builder.Services.AddGeocoding(geocoder);
        builder.Services.AddTowns();
        builder.Services.AddSingleton<FixedGeoJson>();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new GeoJsonConverterFactory()));

        var app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(startup.Open);
        app.UseTrustedProxy(options.TrustedProxy);
        app.UseSecurityHeaders();
        app.UseFailureResponses();
        app.UseHostCheck(options);
        app.UseHeadAsGet();
        app.UseRouting(); // explicitly, after the middleware above, which must see every request before routing
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
        app.MapBaseMapEndpoints();
        app.MapClaimEndpoints();
        app.MapClaimSummaryEndpoints();
        app.MapTileEndpoints();
        app.MapChangeEndpoints();
        app.MapClaimWriteEndpoints();
        app.MapEventEndpoints();
        app.MapEventWriteEndpoints();
        app.MapSourceEndpoints();
        app.MapSourceWriteEndpoints();
        app.MapSourceVersionEndpoints();
        app.MapRegionEndpoints();
        app.MapExportEndpoints();
        app.MapSearchEndpoints();
        app.MapGeocodeEndpoints();
        app.MapTownEndpoints();
        app.MapOgcEndpoints();
        app.MapAnnotationEndpoints();
        return app;
    }

    /// <summary>The URL Kestrel listens on, or null when the app is hosted without a socket (in-memory test server).</summary>
    public static string? ListeningUrl(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address is null || address.EndsWith('/') ? address : address + "/";
    }
}
