using System.Text.Json.Nodes;
using BorderMap.Core.Claims;

namespace BorderMap.Storage.Tests;

/// <summary>
/// A claim's history shows every version it went through, whichever way the backend stores the
/// versions' text: each entry's new value is the claim as that change left it, which is the next
/// entry's old value, and, for the last entry, the claim as it stands.
/// </summary>
public abstract partial class ClaimStoreContract
{
    [Fact]
    public async Task The_history_stores_each_version_once_and_reads_a_new_value_an_earlier_release_stored_as_it_is()
    {
        await Store.ImportAsync([TestData.PointDraft()], new ImportOptions());
        await Store.UpdateClaimAsync("test-claim", 1, TestData.PointDraft().With(d => d with { Place = "Edited" }), null);
        Assert.Equal(0L, await Backend.CountStoredNewValuesAsync());

        var stored = (await Store.HistoryAsync("test-claim"))[0].NewValue!;
        stored["properties"]!["place"] = "As an earlier release stored it";
        await Backend.StoreNewValueAsAnEarlierReleaseAsync("test-claim", 1, stored.ToJsonString());

        var history = await Store.HistoryAsync("test-claim");
        Assert.Equal(["As an earlier release stored it", "Edited"], history.Select(h => h.NewValue!["properties"]!["place"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_history_shows_each_version_as_its_change_left_it_through_imports_edits_and_a_delete()
    {
        ClaimDraft At(string place) => TestData.PointDraft().With(d => d with { Place = place });
        await Store.ImportAsync([At("Imported")], new ImportOptions(Actor: "bulk"));
        await Store.UpdateClaimAsync("test-claim", 1, At("Edited"), "ana");
        await Store.DeleteClaimAsync("test-claim", 2, "ana");
        await Store.ImportAsync([At("Imported again")], new ImportOptions(Actor: "bulk"));
        await Store.ImportAsync([At("Changed by an import")], new ImportOptions(Actor: "bulk"));

        var history = await Store.HistoryAsync("test-claim");

        string? Place(JsonObject? feature) => feature?["properties"]?["place"]?.GetValue<string>();
        Assert.Equal(
            [
                "1 Create  → Imported", "2 Update Imported → Edited", "3 Delete Edited → ",
                "4 Create  → Imported again", "5 Update Imported again → Changed by an import",
            ],
            history.Select(h => $"{h.Version} {h.Action} {Place(h.OldValue)} → {Place(h.NewValue)}"));
        var current = (await Store.FindClaimAsync("test-claim"))!;
        Assert.Equal(JsonNode.Parse(ClaimGeoJson.FeatureText(current))!.ToJsonString(), history[^1].NewValue!.ToJsonString());
        Assert.Equal(history[0].NewValue!.ToJsonString(), history[1].OldValue!.ToJsonString());
        Assert.Equal(5, history[^1].NewValue!["properties"]!["version"]!.GetValue<int>());
    }
}
