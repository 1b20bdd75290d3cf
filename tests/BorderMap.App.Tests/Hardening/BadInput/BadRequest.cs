using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace BorderMap.App.Tests.Hardening.BadInput;

/// <summary>One bad request and what the server must answer: the status and the field the problem names.</summary>
public sealed record BadRequest(string Name, HttpMethod Method, string Path, byte[]? Body, HttpStatusCode Status, string Field, string? IfMatch = null)
{
    public override string ToString() => Name;

    public static BadRequest Json(string name, HttpMethod method, string path, string body, string field) =>
        new(name, method, path, Encoding.UTF8.GetBytes(body), HttpStatusCode.BadRequest, field);

    public static BadRequest Raw(string name, HttpMethod method, string path, byte[] body, string field) =>
        new(name, method, path, body, HttpStatusCode.BadRequest, field);

    public static BadRequest Get(string name, string pathAndQuery, string field) =>
        new(name, HttpMethod.Get, pathAndQuery, null, HttpStatusCode.BadRequest, field);

    /// <summary>Sends the request and asserts the status, a problem+json body and a problem that names the field.</summary>
    public async Task AssertAnsweredBy(HttpClient client, string? ifMatch)
    {
        using var request = new HttpRequestMessage(Method, new Uri(Path, UriKind.Relative));
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        if ((IfMatch ?? ifMatch) is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", version);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(Status == response.StatusCode, $"{Name}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        var errors = problem.RootElement.TryGetProperty("errors", out var e) ? e.EnumerateObject().Select(p => p.Name).ToList() : [];
        Assert.True(errors.Any(f => f.StartsWith(Field, StringComparison.Ordinal)), $"{Name}: no problem names '{Field}': {text}");
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }
}
