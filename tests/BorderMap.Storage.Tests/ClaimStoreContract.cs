using BorderMap.Core.Claims;
using BorderMap.Storage;
using NetTopologySuite.Geometries;

namespace BorderMap.Storage.Tests;

/// <summary>
/// The rules every <see cref="IClaimStore"/> backend obeys in its writes: claims, sources, events,
/// their history and imports. A backend's test class derives from this one with its
/// <see cref="ContractBackend"/>; the reads are <see cref="ClaimQueryContract"/> and the counts
/// <see cref="ClaimCountContract"/>.
/// </summary>
public abstract partial class ClaimStoreContract : StoreContract
{
    [Fact]
    public async Task A_new_store_holds_the_seed_sources_and_claims_unchanged()
    {
        await using var created = await Backend.OpenNewStoreAsync(TestData.Seed);

        // The copy every other test starts from must hold the same as a store created and seeded here.
        foreach (var store in new[] { created, Store })
        {
            var sources = await store.SourcesAsync();
            var claims = await store.ClaimsAsync();

            Assert.Equal(TestData.Geodata.Sources.Select(s => (s.Id, s.Sha256, s.Text)), sources.Select(s => (s.Id, s.Sha256, s.Text)));
            Assert.Equal(TestData.Geodata.Claims.Select(ClaimGeoJson.Fingerprint), claims.Select(ClaimGeoJson.Fingerprint));
            Assert.All(claims, c => Assert.Equal(1, c.Data.Version));
        }
    }

    [Fact]
    public async Task A_created_claim_is_version_1_and_reads_back_equal()
    {
        var created = await Store.CreateClaimAsync(TestData.PointDraft(), actor: "ana");

        Assert.Equal(1, created.Data.Version);
        Assert.Equal(created.Data.CreatedAt, created.Data.UpdatedAt);
        var read = await Store.FindClaimAsync("test-claim");
        Assert.NotNull(read);
        Assert.Equal(ClaimGeoJson.Feature(created).ToJsonString(), ClaimGeoJson.Feature(read).ToJsonString());
        var history = Assert.Single(await Store.HistoryAsync("test-claim"));
        Assert.Equal((HistoryAction.Create, 1, "ana"), (history.Action, history.Version, history.Actor));
        Assert.Null(history.OldValue);
        Assert.Equal("Fayzabad", history.NewValue!["properties"]!["place"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_quote_offsets_are_found_when_the_text_occurs_once()
    {
        var draft = TestData.PointDraft().With(d => d with { Quote = new Quote("1.037 tentara", ClaimDraft.MissingOffset, ClaimDraft.MissingOffset) });

        var created = await Store.CreateClaimAsync(draft, null);

        Assert.Equal(new Quote("1.037 tentara", 97, 110), created.Data.Quote);
    }

    [Theory]
    [InlineData("Taliban", "quote.text", "more than once")]
    [InlineData("not in the article", "quote.text", "does not occur")]
    public async Task A_quote_without_offsets_must_occur_exactly_once(string text, string field, string message)
    {
        var draft = TestData.PointDraft().With(d => d with { Quote = new Quote(text, ClaimDraft.MissingOffset, ClaimDraft.MissingOffset) });

        var error = await Assert.ThrowsAsync<StoreValidationException>(() => Store.CreateClaimAsync(draft, null));

        Assert.Contains(error.Problems, p => p.Field == field && p.Message.Contains(message, StringComparison.Ordinal));
    }

    public static TheoryData<string, string> BrokenRules() => new()
    {
        { "quote at wrong offsets", "quote" },
        { "unknown source", "source" },
        { "unreal date", "eventDate" },
        { "end before start", "endDate" },
        { "unknown category", "category" },
        { "missing title", "title" },
        { "unknown region", "refs[0]" },
        { "self-intersecting polygon", "geometry" },
        { "latitude out of range", "geometry" },
        { "bad id", "id" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task A_claim_that_breaks_a_rule_is_refused_by_field_and_nothing_is_written(string rule, string field)
    {
        var before = await Store.ClaimsAsync();

        var error = await Assert.ThrowsAsync<StoreValidationException>(() => Store.CreateClaimAsync(Break(rule), null));

        Assert.Contains(error.Problems, p => p.Field == field);
        Assert.Equal(before.Count, (await Store.ClaimsAsync()).Count);
        Assert.Empty(await Store.HistoryAsync("test-claim"));
    }

    [Fact]
    public async Task An_update_at_the_current_version_bumps_it_and_keeps_old_and_new_in_the_history()
    {
        var created = await Store.CreateClaimAsync(TestData.PointDraft(), "ana");

        var updated = await Store.UpdateClaimAsync("test-claim", 1, TestData.PointDraft().With(d => d with { Status = "corroborated" }), "ben");

        Assert.Equal(2, updated.Data.Version);
        Assert.Equal(created.Data.CreatedAt, updated.Data.CreatedAt);
        Assert.Equal("corroborated", (await Store.FindClaimAsync("test-claim"))!.Data.Status);
        var change = (await Store.HistoryAsync("test-claim"))[1];
        Assert.Equal((HistoryAction.Update, 2, "ben"), (change.Action, change.Version, change.Actor));
        Assert.Equal("reported", change.OldValue!["properties"]!["status"]!.GetValue<string>());
        Assert.Equal("corroborated", change.NewValue!["properties"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stale_update_conflicts_with_the_current_claim_and_changes_nothing()
    {
        await Store.CreateClaimAsync(TestData.PointDraft(), null);
        await Store.UpdateClaimAsync("test-claim", 1, TestData.PointDraft().With(d => d with { Status = "disputed" }), null);

        var conflict = await Assert.ThrowsAsync<ClaimConflictException>(() =>
            Store.UpdateClaimAsync("test-claim", 1, TestData.PointDraft().With(d => d with { Status = "corroborated" }), null));

        Assert.Equal(2, conflict.Current!.Data.Version);
        Assert.Equal("disputed", (await Store.FindClaimAsync("test-claim"))!.Data.Status);
        Assert.Equal(2, (await Store.HistoryAsync("test-claim")).Count);
    }

    [Fact]
    public async Task Of_parallel_updates_from_one_version_exactly_one_wins()
    {
        await Store.CreateClaimAsync(TestData.PointDraft(), null);

        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await Store.UpdateClaimAsync("test-claim", 1, TestData.PointDraft().With(d => d with { Place = $"Writer {i}" }), $"writer-{i}");
                return true;
            }
            catch (ClaimConflictException)
            {
                return false;
            }
        });
        var won = await Task.WhenAll(attempts);

        Assert.Single(won, w => w);
        var history = await Store.HistoryAsync("test-claim");
        Assert.Equal([1, 2], history.Select(h => h.Version));
        Assert.Equal((await Store.FindClaimAsync("test-claim"))!.Data.Place, history[1].NewValue!["properties"]!["place"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_delete_needs_the_current_version_and_is_kept_in_the_history()
    {
        await Store.CreateClaimAsync(TestData.PointDraft(), null);

        await Assert.ThrowsAsync<ClaimConflictException>(() => Store.DeleteClaimAsync("test-claim", 7, null));
        await Store.DeleteClaimAsync("test-claim", 1, "ana");

        Assert.Null(await Store.FindClaimAsync("test-claim"));
        var deletion = (await Store.HistoryAsync("test-claim"))[^1];
        Assert.Equal((HistoryAction.Delete, 2, "ana"), (deletion.Action, deletion.Version, deletion.Actor));
        Assert.Equal("test-claim", deletion.OldValue!["id"]!.GetValue<string>());
        Assert.Null(deletion.NewValue);
    }

    [Fact]
    public async Task A_claim_created_again_after_a_delete_continues_its_version_count()
    {
        await Store.CreateClaimAsync(TestData.PointDraft(), null);
        await Store.DeleteClaimAsync("test-claim", 1, null);

        var again = await Store.CreateClaimAsync(TestData.PointDraft(), null);

        Assert.Equal(3, again.Data.Version);
        await Assert.ThrowsAsync<ClaimConflictException>(() => Store.UpdateClaimAsync("test-claim", 1, TestData.PointDraft(), null));
    }

    [Fact]
    public async Task Unknown_and_duplicate_ids_are_refused()
    {
        await Assert.ThrowsAsync<ClaimNotFoundException>(() => Store.UpdateClaimAsync("no-such-claim", 1, TestData.PointDraft("no-such-claim"), null));
        await Assert.ThrowsAsync<ClaimNotFoundException>(() => Store.DeleteClaimAsync("no-such-claim", 1, null));
        var conflict = await Assert.ThrowsAsync<ClaimConflictException>(() => Store.CreateClaimAsync(TestData.PointDraft("tj-bds-border-length"), null));
        Assert.Equal("tj-bds-border-length", conflict.Current!.Id);
    }

    [Fact]
    public async Task A_claim_without_an_id_gets_one_from_its_title()
    {
        var first = await Store.CreateClaimAsync(TestData.PointDraft(id: null), null);
        var second = await Store.CreateClaimAsync(TestData.PointDraft(id: null), null);

        Assert.Equal("test-claim-in-badakhshan", first.Id);
        Assert.Equal("test-claim-in-badakhshan-2", second.Id);
    }

    [Fact]
    public async Task A_claim_with_references_is_placed_from_them()
    {
        var draft = TestData.PointDraft().With(d => d with { Refs = ["region:AF-TAK"] });

        var created = await Store.CreateClaimAsync(draft, null);

        Assert.Equal(TestData.Geodata.Areas.Find("AF-TAK")!.Geometry.Area, created.Geometry.Area, 9);
        Assert.True(created.Geometry.Covers(created.Anchor));
    }

    [Fact]
    public async Task A_source_is_stored_with_its_SHA_256_and_a_correction_is_a_new_version()
    {
        var draft = new SourceDraft("Border report", "Example News", "en", null, new Uri("https://example.org/a"), "2021-07-06", [], "First text with a typo.");

        var original = await Store.RegisterSourceAsync(draft);
        var correction = await Store.RegisterSourceAsync(draft with { Text = "First text without a typo.", Supersedes = original.Id });

        Assert.Equal("border-report-2021-07-06", original.Id);
        Assert.Equal("border-report-2021-07-06-v2", correction.Id);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("First text with a typo."u8)), original.Sha256);
        Assert.Equal("First text with a typo.", (await Store.FindSourceAsync(original.Id))!.Text);
        Assert.Equal(3, (await Store.SourcesAsync()).Count);
    }

    [Fact]
    public async Task A_source_without_required_fields_is_refused_by_field()
    {
        var draft = new SourceDraft(" ", "Example News", "en", null, null, "2021-02-30", [], "", Supersedes: "nope");

        var error = await Assert.ThrowsAsync<StoreValidationException>(() => Store.RegisterSourceAsync(draft));

        Assert.Equal(["title", "text", "publishedDate", "supersedes"], error.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task An_import_with_bad_drafts_reports_each_and_writes_nothing()
    {
        var drafts = new[]
        {
            TestData.PointDraft("good-one"),
            Break("unknown source") with { Id = "bad-one" },
            TestData.PointDraft("good-two"),
            Break("unreal date") with { Id = "bad-two" },
            TestData.PointDraft("good-one"),
        };

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Store.ImportAsync(drafts, new ImportOptions()));

        Assert.Equal([(1, "source"), (3, "eventDate"), (4, "id")], error.Problems.Select(p => (p.Index, p.Field)));
        Assert.Null(await Store.FindClaimAsync("good-one"));
    }

    [Fact]
    public async Task An_id_repeated_in_a_later_chunk_is_reported_at_each_repeat_with_its_first_position()
    {
        var drafts = new[] { "first", "second", "third", "first", "fourth", "second", "first" }.Select(id => TestData.PointDraft(id));

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Store.ImportAsync(drafts, InChunksOf(2)));

        Assert.Equal(
            [(3, "'first' occurs more than once in the import (first at 1)"), (5, "'second' occurs more than once in the import (first at 2)"), (6, "'first' occurs more than once in the import (first at 1)")],
            error.Problems.Select(p => (p.Index, p.Message)));
        Assert.Null(await Store.FindClaimAsync("first"));
    }

    [Fact]
    public async Task An_import_that_meets_a_bad_quote_after_writing_a_chunk_leaves_the_store_as_it_was()
    {
        var before = await Store.PositionAsync();
        var bad = Chunk;
        var drafts = Enumerable.Range(0, bad + 1).Select(i => i == bad ? Break("quote at wrong offsets") with { Id = "bulk-bad" } : TestData.PointDraft($"bulk-{i}"));

        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Store.ImportAsync(drafts, InChunksOf(Chunk)));

        Assert.Equal((bad, "quote"), (Assert.Single(error.Problems).Index, error.Problems[0].Field));
        Assert.Null(await Store.FindClaimAsync("bulk-0"));
        Assert.Equal(before, await Store.PositionAsync());
    }

    [Fact]
    public async Task An_import_creates_new_claims_updates_changed_ones_and_skips_equal_ones()
    {
        var seed = await Store.ClaimsAsync();
        var changed = seed[0].Data with { Status = "disputed" };
        var drafts = new[]
        {
            TestData.PointDraft("brand-new"),
            new ClaimDraft(seed[0].Id, changed, seed[0].Geometry),
            new ClaimDraft(seed[1].Id, seed[1].Data, seed[1].Geometry),
        };

        var dryRun = await Store.ImportAsync(drafts, new ImportOptions(DryRun: true));
        Assert.Null(await Store.FindClaimAsync("brand-new"));
        var report = await Store.ImportAsync(drafts, new ImportOptions(Actor: "importer"));

        Assert.Equal(new ImportReport(1, 1, 1, DryRun: true), dryRun);
        Assert.Equal(new ImportReport(1, 1, 1, DryRun: false), report);
        Assert.Equal(2, (await Store.FindClaimAsync(seed[0].Id))!.Data.Version);
        Assert.Equal("importer", (await Store.HistoryAsync(seed[0].Id))[^1].Actor);
    }

    [Fact]
    public async Task An_import_never_overwrites_an_edit_made_since_the_export()
    {
        var exported = (await Store.ClaimsAsync())[0];
        await Store.UpdateClaimAsync(exported.Id, 1, new ClaimDraft(exported.Id, exported.Data with { Status = "corroborated" }, exported.Geometry), null);

        var stale = new ClaimDraft(exported.Id, exported.Data with { Status = "disputed" }, exported.Geometry);
        var error = await Assert.ThrowsAsync<ImportRejectedException>(() => Store.ImportAsync([stale], new ImportOptions()));

        Assert.Equal("version", Assert.Single(error.Problems).Field);
        Assert.Equal("corroborated", (await Store.FindClaimAsync(exported.Id))!.Data.Status);
    }

    [Fact]
    public async Task An_exported_claim_imports_into_another_store_with_its_bookkeeping()
    {
        var original = await Store.CreateClaimAsync(TestData.PointDraft(), null);
        original = await Store.UpdateClaimAsync(original.Id, 1, TestData.PointDraft().With(d => d with { Status = "disputed" }), null);
        await using var other = await Backend.OpenNewStoreAsync(StoreSeed.Empty with { Sources = TestData.Geodata.Sources });

        await other.ImportAsync([new ClaimDraft(original.Id, original.Data, original.Geometry)], new ImportOptions());

        Assert.Equal(ClaimGeoJson.Feature(original).ToJsonString(), ClaimGeoJson.Feature((await other.FindClaimAsync(original.Id))!).ToJsonString());
    }
}
