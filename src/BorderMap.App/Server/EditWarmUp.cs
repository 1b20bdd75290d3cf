using System.Data.Common;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BorderMap.Storage;

namespace BorderMap.App.Server;

/// <summary>
/// The write path of a fresh server, set up before the first edit without writing anything a user
/// could see: the first PUT after start took 0.36–0.97 s at 1,000,000 claims in PostGIS on a busy
/// 2-core machine, its next ones 25–70 ms (bench/RESULTS.md, Scale, firstrender10), paying for the
/// write connection's new PostgreSQL session, the plans of the count triggers and the runtime's
/// first-use compilation. First a PUT of the first claim as it is with a version no claim has
/// (<c>If-Match: "0"</c>; versions start at 1): the server reads the draft, opens a write, finds the
/// version moved on and answers 412, keeping nothing. Then the store rehearses the edit itself
/// (<see cref="IClaimStore.RehearseEditAsync"/>: written and rolled back).
/// </summary>
internal static class EditWarmUp
{
    public static async Task RunAsync(HttpClient client, IClaimStore store, CancellationToken stopping)
    {
        try
        {
            await RefusedEditAsync(client, stopping);
            StartupPhases.Ended("edit refused");
            await store.RehearseEditAsync(stopping);
            StartupPhases.Ended("edit rehearsed");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException
                                   or StoreValidationException or ClaimConflictException or ClaimNotFoundException or DbException or OperationCanceledException)
        {
            // Only a warm-up (a claim the current rules refuse, one edited meanwhile): the first edit meets whatever is wrong and reports it.
        }
    }

    private static async Task RefusedEditAsync(HttpClient client, CancellationToken stopping)
    {
        var page = await client.GetFromJsonAsync<JsonObject>("api/claims?fields=marker&limit=1", stopping);
        if (page?["features"]?.AsArray() is not [{ } first] || first["id"]?.GetValue<string>() is not { } id)
        {
            return;
        }

        var path = $"api/claims/{Uri.EscapeDataString(id)}";
        var feature = await client.GetByteArrayAsync(path, stopping);
        using var edit = new HttpRequestMessage(HttpMethod.Put, path) { Content = new ByteArrayContent(feature) };
        edit.Content.Headers.ContentType = new MediaTypeHeaderValue("application/geo+json");
        edit.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
        using var refused = await client.SendAsync(edit, stopping);
    }
}
