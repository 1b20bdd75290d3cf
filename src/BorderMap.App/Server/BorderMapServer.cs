using System.Net;
using BorderMap.App.Api;
using BorderMap.Core.Geodata;
using BorderMap.Core.Queries;
using BorderMap.Core.Search;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.FileProviders;
using NetTopologySuite.IO.Converters;

namespace BorderMap.App.Server;

/// <summary>Wires the HTTP server: loopback-only Kestrel, the JSON API and the web bundle. No logic lives here.</summary>
internal static class BorderMapServer
{
    public static WebApplication Create(BorderMapData data, int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        builder.Services.AddSingleton(data);
        builder.Services.AddSingleton(data.Areas);
        builder.Services.AddSingleton(new ClaimIndex(data.Claims, data.Areas));
        builder.Services.AddSingleton<RegionProfiler>();
        builder.Services.AddSingleton(new NameSearch(data.Areas, data.Claims));
        builder.Services.AddSingleton(new ClaimFilterParser(data.Areas));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new GeoJsonConverterFactory()));

        var app = builder.Build();
        app.UseStatusCodePages();
        var webRoot = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(webRoot))
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapStyleEndpoints();
        app.MapLayerEndpoints();
        app.MapClaimEndpoints();
        app.MapSourceEndpoints();
        app.MapRegionEndpoints();
        app.MapExportEndpoints();
        app.MapSearchEndpoints();
        return app;
    }

    /// <summary>The URL Kestrel listens on, or null when the app is hosted without a socket (in-memory test server).</summary>
    public static string? ListeningUrl(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return address is null || address.EndsWith('/') ? address : address + "/";
    }
}
