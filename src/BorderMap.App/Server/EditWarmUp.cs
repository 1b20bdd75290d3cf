using System.Data.Common;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using BorderMap.Storage;

namespace BorderMap.App.Server;

/// <summary>
/// The write path of a fresh server, set up before the first edit without writing anything a user
/// could see: the first PUT after start took 0.36–0.97 s at 1,000,000 claims in PostGIS on a busy
/// 2-core machine, its next ones 25–70 ms (bench/RESULTS.md, Scale, firstrender10), paying for the
/// write connection's new PostgreSQL session, the plans of the count triggers and the runtime's
/// first-use compilation. <see cref="RefuseAsync"/> sends a PUT of the first claim as it is with a
/// version no claim has (<c>If-Match: "0"</c>; versions start at 1): the server reads the draft, opens
/// a write, finds the version moved on and answers 412, keeping nothing. <see cref="RehearseAsync"/>
/// has the store rehearse the edit itself on each of its writing sessions
/// (<see cref="IClaimStore.RehearseEditAsync"/>: written and rolled back).
/// </summary>
internal static class EditWarmUp
{
    public static async Task RefuseAsync(Uri server, CancellationToken stopping)
    {
        try
        {
            await RefusedEditAsync(server, stopping);
            StartupPhases.Ended("edit refused");
        }
        catch (Exception e) when (e is IOException or SocketException or System.Text.Json.JsonException or OperationCanceledException)
        {
            // Only a warm-up: the first edit meets whatever is wrong and reports it.
        }
    }

    public static async Task RehearseAsync(IClaimStore store, CancellationToken stopping)
    {
        try
        {
            await store.RehearseEditAsync(stopping);
            StartupPhases.Ended("edit rehearsed");
        }
        catch (Exception e) when (e is StoreValidationException or ClaimConflictException or ClaimNotFoundException or DbException or OperationCanceledException)
        {
            // Only a warm-up (a claim the current rules refuse, one edited meanwhile): the first edit meets whatever is wrong and reports it.
        }
    }

    private static async Task RefusedEditAsync(Uri server, CancellationToken stopping)
    {
        var (status, page) = await LoopbackRequest.SendAsync(server, "GET", "api/claims?fields=marker&limit=1", stopping);
        if (status != 200 || JsonNode.Parse(page)?["features"]?.AsArray() is not [{ } first] || first["id"]?.GetValue<string>() is not { } id)
        {
            return;
        }

        var path = $"api/claims/{Uri.EscapeDataString(id)}";
        var (found, feature) = await LoopbackRequest.SendAsync(server, "GET", path, stopping);
        if (found == 200)
        {
            await LoopbackRequest.SendAsync(server, "PUT", path, stopping, "Content-Type: application/geo+json\r\nIf-Match: \"0\"\r\n", feature);
        }
    }
}
