using System.Text.Json;
using BorderMap.Storage.Events;
using BorderMap.Storage.Interchange;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The constructed three-source report of one crossing (<c>tests/Fixtures/event-three-sources.json</c>):
/// a border service's 1,037, a broadcaster's "more than 1,000" and an agency's "about 300".
/// </summary>
public static class EventFixture
{
    public const string Guard = "guard-1037-cross";
    public const string Broadcaster = "broadcaster-1000-flee";
    public const string Agency = "agency-300-cross";

    /// <summary>Registers the three sources and creates the three claims in the store.</summary>
    public static async Task AddAsync(IClaimStore store)
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(TestData.RepositoryRoot, "tests", "Fixtures", "event-three-sources.json")));
        foreach (var source in document.RootElement.GetProperty("sources").EnumerateArray())
        {
            await store.RegisterSourceAsync(SourceDraftReader.Read(source).Draft!);
        }

        foreach (var feature in document.RootElement.GetProperty("claims").EnumerateArray())
        {
            var (draft, problems) = ClaimFeatureReader.Read(feature);
            Assert.True(draft is not null, string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")));
            await store.CreateClaimAsync(draft, "fixture");
        }
    }

    /// <summary>Everything an event draft says, as one string, to compare events across stores.</summary>
    public static string Text(EventDraft e) => $"{e.Id}|{e.Title}|{e.Note}|{string.Join(",", e.ClaimIds)}|{e.StatusOverride}|{e.OverrideReason}";
}
