using System.Text;
using BorderMap.Core.Sources;
using BorderMap.Storage.Interchange;
using BorderMap.Storage.Writes;

namespace BorderMap.Storage.Tests.Interchange;

/// <summary>A bundle's sources are read whole however long their texts, and its features still stream after them.</summary>
public sealed class BundleSourcesTests
{
    [Fact]
    public async Task Sources_larger_than_the_read_buffer_come_back_whole_before_the_features()
    {
        // Constructed filler: longer than the scanner's first 64 KiB buffer, with a non-BMP letter.
        var text = string.Concat(Enumerable.Repeat("Constructed filler line about 𝔸 border post.\n", 4000));
        var big = new Source("filler-2024-01-01", "Filler", "BorderMap tests", "en", null, null, "2024-01-01", BundledSources.Sha256Of(text), ["constructed"], text);
        using var file = new MemoryStream();
        await GeoJsonClaimFile.WriteAsync(file, [.. TestData.Geodata.Sources, big], TestData.Geodata.Claims.Take(2));

        var sources = GeoJsonClaimFile.ReadSources(new MemoryStream(file.ToArray()));
        var rows = GeoJsonClaimFile.Read(new MemoryStream(file.ToArray())).ToList();

        Assert.True(file.Length > 150_000);
        Assert.Equal(text, sources[^1].Text);
        Assert.Equal(TestData.Geodata.Claims.Take(2).Select(c => c.Id), rows.Select(r => r.Draft!.Id));
    }

    [Fact]
    public void Sources_after_the_features_are_refused_naming_the_rule()
    {
        var json = "{\"type\":\"FeatureCollection\",\"features\":[],\"sources\":[]}";

        var error = Assert.Throws<ClaimFileException>(() => GeoJsonClaimFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))).ToList());

        Assert.Contains("\"sources\" comes after \"features\"; a bundle lists its sources first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_keeps_its_reliability_grade_through_a_bundle_and_a_bad_grade_is_named()
    {
        var text = "Constructed report: the border post was quiet on Monday.";
        var rated = new Source("rated-2024-01-02", "Rated", "BorderMap tests", "en", null, null, "2024-01-02", BundledSources.Sha256Of(text), [], text) { Reliability = "B" };
        using var file = new MemoryStream();
        await GeoJsonClaimFile.WriteAsync(file, [rated], []);

        Assert.Equal("B", GeoJsonClaimFile.ReadSources(new MemoryStream(file.ToArray())).Single().Reliability);

        var tampered = Encoding.UTF8.GetString(file.ToArray()).Replace("\"reliability\":\"B\"", "\"reliability\":\"Q\"", StringComparison.Ordinal);
        var error = Assert.Throws<ClaimFileException>(() => GeoJsonClaimFile.ReadSources(new MemoryStream(Encoding.UTF8.GetBytes(tampered))));
        Assert.Contains("reliability: 'Q' is not a source reliability grade", error.Message, StringComparison.Ordinal);
    }
}
