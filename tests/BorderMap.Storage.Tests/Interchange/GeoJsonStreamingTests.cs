using System.Text;
using BorderMap.Storage.Interchange;
using static BorderMap.Storage.Tests.Interchange.ClaimFileSamples;

namespace BorderMap.Storage.Tests.Interchange;

/// <summary><see cref="GeoJsonClaimFile.Read"/> reads features one by one, across buffer refills, and refuses a malformed document with its position.</summary>
public sealed class GeoJsonStreamingTests
{
    [Fact]
    public void Every_feature_is_read_in_order_across_buffer_refills_and_one_feature_larger_than_the_buffer()
    {
        var features = Enumerable.Range(0, 3000).Select(i => Feature(i, i == 1234 ? new string('x', 300_000) : null));

        var rows = GeoJsonClaimFile.Read(Utf8(Collection(features))).ToList();

        Assert.Equal(3000, rows.Count);
        Assert.All(rows, r => Assert.Empty(r.Problems));
        Assert.Equal(Enumerable.Range(1, 3000).Select(i => $"feature {i}"), rows.Select(r => r.Position));
        Assert.Equal(Enumerable.Range(0, 3000).Select(i => $"c-{i}"), rows.Select(r => r.Draft!.Id));
        Assert.Equal(300_000, rows[1234].Draft!.Data.Note!.Length);
    }

    [Fact]
    public void Members_other_than_type_and_features_are_stepped_over_in_any_order()
    {
        var json = $$$"""{"features":[{{{Feature(1)}}}],"name":"claims","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"type":"FeatureCollection"}""";

        var row = Assert.Single(GeoJsonClaimFile.Read(Utf8(json)));

        Assert.Equal("c-1", row.Draft!.Id);
    }

    [Fact]
    public void A_collection_of_no_features_is_no_rows()
    {
        Assert.Empty(GeoJsonClaimFile.Read(Utf8("""{"type": "FeatureCollection", "features": []}""")));
    }

    [Fact]
    public void A_feature_that_is_not_a_claim_is_a_row_with_a_problem_not_a_file_error()
    {
        var rows = GeoJsonClaimFile.Read(Utf8(Collection([Feature(1), "42", Feature(3)]))).ToList();

        Assert.Equal(["feature 1", "feature 2", "feature 3"], rows.Select(r => r.Position));
        Assert.Equal("type", Assert.Single(rows[1].Problems).Field);
    }

    [Theory]
    [InlineData("", "byte 0: the file is empty; a claims file is a GeoJSON FeatureCollection")]
    [InlineData("""[{"type": "Feature"}]""", "byte 0: the file holds an array; a claims file is a GeoJSON FeatureCollection object")]
    [InlineData("""{"tpye": "FeatureCollection", "features": []}""", """byte 44: the top-level object has no "type" member (other members: "tpye"); a claims file is {"type": "FeatureCollection", "features": [...]}""")]
    [InlineData("""{"type": "FeatureColection", "features": []}""", """byte 9: the top-level "type" is "FeatureColection", not "FeatureCollection" """)]
    [InlineData("""{"type": "Feature", "properties": {}}""", """byte 9: the top-level "type" is "Feature", not "FeatureCollection"; put a single Feature in a FeatureCollection's features array""")]
    [InlineData("""{"type": 1, "features": []}""", """byte 9: the top-level "type" is a number, not "FeatureCollection" """)]
    [InlineData("""{"type": "FeatureCollection"}""", """byte 28: the top-level object has no "features" member; a claims file is {"type": "FeatureCollection", "features": [...]}""")]
    [InlineData("""{"type": "FeatureCollection", "feature": []}""", """byte 43: the top-level object has no "features" member (other members: "feature"); a claims file is {"type": "FeatureCollection", "features": [...]}""")]
    [InlineData("""{"type": "FeatureCollection", "features": {}}""", """byte 42: "features" is an object; it must be an array of Features""")]
    [InlineData("""{"type": "FeatureCollection", "type": "FeatureCollection", "features": []}""", """byte 38: the top-level object has "type" twice""")]
    [InlineData("""{"type": "FeatureCollection", "features": []} trailing""", "file: malformed JSON at line 1, column 47: 't' is invalid after a single JSON value. Expected end of data.")]
    [InlineData("""{"type": "FeatureCollection", "features": [{}, {"a": 1e400}]}""", "feature 2, byte 53: the number 1e400 is outside the range of a double")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"a": "\ud800"}]}""", """feature 1, byte 49: a string has a lone surrogate escape (\uD800-\uDFFF without its pair): \ud800""")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"\udc00x": 1}]}""", """feature 1, byte 44: a member name has a lone surrogate escape (\uD800-\uDFFF without its pair): \udc00x""")]
    [InlineData("""{"type": "FeatureCollection", "features": [{"a": 1},""", "feature 2: malformed JSON at line 1, column 52: Expected start of a property name or value, but instead reached end of data.")]
    [InlineData("{\"type\": \"FeatureCollection\",\n \"features\": [{\"a\": }]}", "feature 1: malformed JSON at line 2, column 21: '}' is an invalid start of a value.")]
    public void A_malformed_document_is_refused_with_its_position_and_what_is_wrong(string json, string expected)
    {
        var error = Assert.Throws<ClaimFileException>(() => GeoJsonClaimFile.Read(Utf8(json)).ToList());

        Assert.Equal(expected.TrimEnd(), error.Message);
    }

    [Fact]
    public void Invalid_UTF8_in_a_string_is_refused_with_its_feature_and_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"type": "FeatureCollection", "features": [{}, {"a": "b?"}]}""");
        bytes[Array.IndexOf(bytes, (byte)'?')] = 0xFF;

        var error = Assert.Throws<ClaimFileException>(() => GeoJsonClaimFile.Read(new MemoryStream(bytes)).ToList());

        Assert.Equal("feature 2, byte 53: a string is not valid UTF-8", error.Message);
    }

    [Fact]
    public void A_feature_beyond_the_size_limit_is_refused_without_reading_on()
    {
        var input = new GeneratedStream("{\"type\": \"FeatureCollection\", \"features\": [{\"note\": \"", 1, _ => new string('x', GeoJsonFeatureScanner.MaxFeatureBytes), string.Empty, "\"}]}");

        var error = Assert.Throws<ClaimFileException>(() => GeoJsonClaimFile.Read(input).ToList());

        Assert.Equal("feature 1, byte 43: the feature is larger than 64 MiB; a claim is far smaller", error.Message);
    }

    [Fact]
    public void A_large_file_is_read_in_constant_memory_and_its_first_row_arrives_before_most_of_it_is_read()
    {
        const int Features = 200_000;
        var input = new GeneratedStream("""{"type":"FeatureCollection","features":[""", Features, i => Feature(i), ",\n", "]}");
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, readAtFirstRow = -1, count = 0;

        foreach (var row in GeoJsonClaimFile.Read(input))
        {
            readAtFirstRow = readAtFirstRow < 0 ? input.BytesRead : readAtFirstRow;
            if (++count % 10_000 == 0)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
            }
        }

        var fileSize = input.BytesRead;
        Assert.Equal(Features, count);
        Assert.True(fileSize > 50_000_000, $"the file is {fileSize} bytes");
        Assert.True(readAtFirstRow < 2 << 20, $"{readAtFirstRow} of {fileSize} bytes read before the first row");
        // The heap is the whole test process's, shared with tests running beside this one (18 MB of
        // theirs was seen at once), so the bound is loose; a reader that held the document would hold at
        // least the file's size (twice that as .NET text).
        Assert.True(peak < fileSize / 2, $"{peak} bytes live on the managed heap while reading {fileSize}");
    }
}
