using System.Buffers.Binary;
using System.IO.Compression;
using System.Net;
using System.Text.Json;

namespace BorderMap.App.Tests;

/// <summary><c>GET /api/export</c> against the real server process, as the web UI's export dialog calls it.</summary>
public sealed class ExportApiTests : IAsyncLifetime
{
    private AppProcess? _app;

    public async Task InitializeAsync() => _app = await AppProcess.Serve();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("format=png&width=800&height=560&dpi=144&region=AF-TAK&date=2021-07-05", "image/png", "bordermap-AF-TAK-2021-07-05.png")]
    [InlineData("format=svg&width=800&height=560&category=territorial-control&outlines=true&date=2021-07-05", "image/svg+xml", "bordermap-2021-07-05.svg")]
    [InlineData("format=pdf&paper=A4-portrait&bbox=66,35,72,39&title=North&selected=afghan-soldiers-cross-into-tajikistan&date=2021-07-05", "application/pdf", "bordermap-2021-07-05.pdf")]
    public async Task Each_format_downloads_as_an_attachment_with_its_media_type(string query, string mediaType, string fileName)
    {
        var body = await Attachment(query, mediaType, fileName);
        switch (mediaType)
        {
            case "image/png":
                Assert.Equal((800, 560), (BinaryPrimitives.ReadInt32BigEndian(body.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(body.AsSpan(20))));
                Assert.True(body.AsSpan().IndexOf("pHYs"u8) > 0);
                break;
            case "image/svg+xml":
                Assert.Contains("<svg", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
                break;
            default:
                Assert.True(body.AsSpan().StartsWith("%PDF"u8));
                break;
        }
    }

    [Fact]
    public async Task An_export_numbers_the_shipped_event_and_lists_its_sources()
    {
        using var response = await Export("format=svg&width=1600&height=1200&date=2021-07-05");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var svg = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        var text = string.Join(" ", svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()));
        Assert.Matches(@"Events E1\s+Afghan soldiers cross into Tajik Badakhshan, 5 July 2021: reported; 1 source, 1 independent: S1 Sources", text);
        Assert.Contains("· event E1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("animate=true&format=gif&from=2021-07-03&to=2021-07-05", "image/gif", "bordermap-2021-07-05.gif")]
    [InlineData("animate=true&format=png-seq&from=2021-07-03&to=2021-07-05", "application/zip", "bordermap-2021-07-05.zip")]
    [InlineData("small-multiples=true&format=pdf&from=2021-07-01&to=2021-07-05&step=day", "application/pdf", "bordermap-2021-07-05.pdf")]
    public async Task Each_sequence_downloads_as_an_attachment_with_its_media_type(string query, string mediaType, string fileName)
    {
        var body = await Attachment($"{query}&width=480&height=270&dpi=72&date=2021-07-05", mediaType, fileName);
        switch (mediaType)
        {
            case "image/gif":
                Assert.True(body.AsSpan().StartsWith("GIF89a"u8));
                break;
            case "application/zip":
                using (var zip = new ZipArchive(new MemoryStream(body)))
                {
                    Assert.Equal(["frame-0001.png", "frame-0002.png", "frame-0003.png"], zip.Entries.Select(e => e.FullName));
                }

                break;
            default:
                Assert.True(body.AsSpan().StartsWith("%PDF"u8));
                break;
        }
    }

    [Theory]
    [InlineData("format=png&region=AF-XYZ", "region", "unknown region 'AF-XYZ'")]
    [InlineData("format=png&bbox=60,29", "bbox", "is not minLon,minLat,maxLon,maxLat")]
    [InlineData("format=png&width=0&height=600", "width", "0 is out of range")]
    [InlineData("format=png&width=20001&height=600", "width", "20001 is out of range")]
    [InlineData("format=tiff", "format", "unknown format 'tiff'")]
    [InlineData("format=pdf&paper=A5-landscape", "paper", "unknown paper 'A5-landscape'")]
    [InlineData("format=png&layers=all", "layers", "unknown layer")]
    [InlineData("format=png&quotes=german", "quotes", "unknown value 'german'; use original, translation, both")]
    [InlineData("animate=true&format=gif&from=2021-07-05&to=2021-07-01", "from", "from (2021-07-05) is after to (2021-07-01)")]
    [InlineData("animate=true&format=gif&from=2018-01-01&to=2021-07-05", "step", "is 1,282 frames; the limit is 1,000")]
    [InlineData("animate=true&format=webm&from=2021-07-01&to=2021-07-05", "format", "unknown animation format 'webm'; use gif, mp4 or png-seq")]
    [InlineData("animate=true&format=gif&from=2021-07-01&to=2021-07-05&window=0", "window", "'0' is not a whole number from 1 to 3660 days (or cumulative)")]
    [InlineData("animate=true&format=gif&from=2012-01-01&to=2021-07-05&step=week&width=1920&height=1080", "step", "the server draws at most 600,000,000 for one animation")]
    public async Task Invalid_parameters_get_400_problem_details_naming_the_parameter(string query, string parameter, string message)
    {
        using var response = await Export(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors").GetProperty(parameter);
        Assert.Contains(errors.EnumerateArray(), e => e.GetString()!.Contains(message, StringComparison.Ordinal));
    }

    /// <summary>The answer to <c>GET /api/export?query</c>, read whole.</summary>
    private async Task<HttpResponseMessage> Export(string query)
    {
        using var http = new HttpClient { BaseAddress = _app!.Url };
        return await http.GetAsync(new Uri("api/export?" + query, UriKind.Relative));
    }

    /// <summary>The body of an export that downloads as an attachment named <paramref name="fileName"/> of <paramref name="mediaType"/>.</summary>
    private async Task<byte[]> Attachment(string query, string mediaType, string fileName)
    {
        using var response = await Export(query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return await response.Content.ReadAsByteArrayAsync();
    }
}
