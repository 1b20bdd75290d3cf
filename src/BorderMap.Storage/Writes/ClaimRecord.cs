using System.Text;
using BorderMap.Core.Areas;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Writes;

/// <summary>
/// A placed claim with the values derived from it when it is written, which the stores index or
/// copy out as they are: the areas it belongs to (<see cref="Core.Queries.ClaimAreas"/>), its
/// search key (<see cref="Core.Queries.ClaimSearchKey"/>) and its page item (<see cref="PageJson"/>).
/// The anchor is <see cref="Claim.Anchor"/>. An import derives them while it prepares the claim, on the other cores.
/// </summary>
public sealed class ClaimRecord
{
    /// <summary>Where the members of the claim's data lie in <see cref="PageJson"/>.</summary>
    private readonly Range _data;

    private string? _dataJson;

    public ClaimRecord(Claim claim, IReadOnlyList<string> areaIds, string searchKey, AreaCatalog areas)
    {
        Claim = claim;
        AreaIds = areaIds;
        SearchKey = searchKey;
        PageJson = ClaimPageJson.Of(claim, areas, out _data);
    }

    public Claim Claim { get; }

    public IReadOnlyList<string> AreaIds { get; }

    public string SearchKey { get; }

    public string Id => Claim.Id;

    /// <summary>The claim's data as JSON (<see cref="ClaimJsonContext"/>), serialised once for every use: cut from the page item when asked for (PostGIS's <c>data</c> column).</summary>
    public string DataJson => _dataJson ??= Text(PageJson, _data, "{", "}");

    /// <summary>The members of the claim's data, UTF-8 JSON without the object's braces: <see cref="DataJson"/> for a writer of bytes.</summary>
    public ReadOnlySpan<byte> DataJsonMembers => PageJson.AsSpan(_data);

    /// <summary>The claim as a page item of <c>GET /api/claims</c> (<see cref="ClaimPageJson"/>), UTF-8.</summary>
    public byte[] PageJson { get; }

    /// <summary>The UTF-8 bytes of <paramref name="utf8"/> in <paramref name="range"/> as text, between <paramref name="before"/> and <paramref name="after"/>.</summary>
    private static string Text(byte[] utf8, Range range, string before, string after) =>
        string.Create(before.Length + Encoding.UTF8.GetCharCount(utf8.AsSpan(range)) + after.Length, (utf8, range, before, after), static (chars, state) =>
        {
            state.before.CopyTo(chars);
            var written = Encoding.UTF8.GetChars(state.utf8.AsSpan(state.range), chars[state.before.Length..]);
            state.after.CopyTo(chars[(state.before.Length + written)..]);
        });
}

/// <summary>
/// One history entry to append; the old value is the GeoJSON feature text of the version it replaces, null for a create.
/// It has no new value: the version an entry makes is the next entry's old value or the claim itself (<see cref="ClaimHistoryVersions"/>).
/// </summary>
public sealed record HistoryRecord(string ClaimId, int Version, DateTimeOffset At, string? Actor, HistoryAction Action, string? OldValue);

/// <summary>
/// One claim an import changes: a create when <paramref name="ExpectedVersion"/> is null, else an update of that version; with its history entry,
/// and the backend's <paramref name="Row"/> when it computes one ahead (<see cref="IClaimTransaction.ImportRowOf"/>).
/// </summary>
public sealed record ImportWrite(ClaimRecord Record, int? ExpectedVersion, HistoryRecord History, object? Row = null);
