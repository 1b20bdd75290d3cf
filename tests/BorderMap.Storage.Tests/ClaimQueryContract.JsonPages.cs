using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BorderMap.Core.Claims;
using BorderMap.Core.Measurement;
using BorderMap.Core.Queries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// <see cref="IClaimStore.JsonPageAsync"/> on every backend: the same pages and cursors as
/// <see cref="IClaimStore.PageAsync(ClaimFilter, ClaimSort, ClaimCursor?, int, CancellationToken)"/>,
/// each item the stored feature of its claim: the feature built here, apart from the store's writer,
/// from the claim the store decodes (as <c>GET /api/claims/{id}</c> builds it), member for member
/// in the same order with the same values (both written again by one writer, which escapes alike):
/// after a create, an edit, a bulk import's update, and in a store from before page items were kept.
/// </summary>
public abstract partial class ClaimQueryContract
{
    [Theory]
    [InlineData("", "", 7)]
    [InlineData("bbox=69,36,72,38&from=2021-06-01", "", 500)]
    [InlineData("region=AF-BDS", "-date", 5)]
    [InlineData("", "title", 11)]
    public async Task A_page_as_stored_JSON_is_the_page_of_claims_feature_for_feature(string query, string sortText, int limit)
    {
        await ImportQueryClaimSetAsync();
        var sort = sortText.Length == 0 ? ClaimSort.Created : ClaimSort.TryParse(sortText, out var parsed) ? parsed : throw new ArgumentException(sortText, nameof(sortText));
        await AssertPageItemsAsync(Store, Parse(query), sort, limit);
    }

    [Fact]
    public async Task A_page_after_an_edit_and_a_bulk_import_carries_each_claim_as_it_reads_back()
    {
        await ImportQueryClaimSetAsync();
        var created = await Store.CreateClaimAsync(DraftAt("page-item-edited", "AF-BDS"), "ana");
        var edited = await Store.UpdateClaimAsync(
            created.Id, created.Data.Version, ClaimDraft.Of(created with { Data = created.Data with { Title = "Constructed: an \"edited\" title — Ҷ", Note = "Constructed note\nsecond line" } }), "ana");
        var imported = (await Store.ClaimsAsync())[0];
        await Store.ImportAsync([new ClaimDraft(imported.Id, imported.Data with { Status = "disputed", Translation = "Constructed translation after an import" }, imported.Geometry)], new ImportOptions(Actor: "importer"));

        var items = await AllItemsAsync(Store);
        Assert.Equal(Expected(edited), items[edited.Id]);
        Assert.Contains("Constructed translation after an import", items[imported.Id], StringComparison.Ordinal);
        Assert.Equal(Expected((await Store.FindClaimAsync(imported.Id))!), items[imported.Id]);

        await Store.DeleteClaimAsync(edited.Id, edited.Data.Version, "ana");
        Assert.DoesNotContain(edited.Id, (await AllItemsAsync(Store)).Keys);
    }

    [Fact]
    public async Task A_store_from_before_page_items_writes_them_when_opened()
    {
        await ImportQueryClaimSetAsync();
        await Backend.ForgetPageItemsAsync();

        await using var reopened = await Backend.OpenSameStoreAsync();
        await AssertPageItemsAsync(reopened, ClaimFilter.All, ClaimSort.Created, 50);
        var created = await reopened.CreateClaimAsync(DraftAt("after-page-upgrade", "AF-BDS"), "ana");
        Assert.Equal(Expected(created), (await AllItemsAsync(reopened))[created.Id]);
    }

    /// <summary>Walks the pages of both kinds together: the same ids and cursors, and each item the feature of its claim.</summary>
    private static async Task AssertPageItemsAsync(IClaimStore store, ClaimFilter filter, ClaimSort sort, int limit)
    {
        ClaimCursor? after = null;
        var count = 0;
        do
        {
            var claims = await store.PageAsync(filter, sort, after, limit);
            var stored = await store.JsonPageAsync(filter, sort, after, limit);

            Assert.Equal(claims.Next?.ToString(), stored.Next?.ToString());
            Assert.Equal(claims.Claims.Select(Expected), stored.Claims.Select(c => Written(c.Feature)));
            count += claims.Claims.Count;
            after = claims.Next;
        }
        while (after is not null);

        Assert.True(count > 0, "the filter selects no claim");
    }

    /// <summary>Every claim's page item, by id.</summary>
    private static async Task<Dictionary<string, string>> AllItemsAsync(IClaimStore store)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        ClaimCursor? after = null;
        do
        {
            var page = await store.JsonPageAsync(ClaimFilter.All, ClaimSort.Created, after, 100);
            foreach (var item in page.Claims)
            {
                using var feature = JsonDocument.Parse(item.Feature);
                items.Add(feature.RootElement.GetProperty("id").GetString()!, Written(item.Feature));
            }

            after = page.Next;
        }
        while (after is not null);

        return items;
    }

    /// <summary>The feature of a claim as the API builds one from the decoded claim: its GeoJSON, then the anchor and the checks in its properties.</summary>
    private static string Expected(Claim claim)
    {
        var feature = ClaimGeoJson.Feature(claim);
        var properties = feature["properties"]!.AsObject();
        properties["anchor"] = new JsonArray(claim.Anchor.X, claim.Anchor.Y);
        properties["checks"] = JsonSerializer.SerializeToNode(ClaimCheck.For(claim, TestData.Geodata.Areas), ClaimGeoJson.Options);
        return feature.ToJsonString();
    }

    /// <summary>A stored item read and written again as <see cref="Expected"/> writes: the same members in the same order give the same text.</summary>
    private static string Written(ReadOnlyMemory<byte> item) => JsonNode.Parse(Encoding.UTF8.GetString(item.Span))!.ToJsonString();
}
