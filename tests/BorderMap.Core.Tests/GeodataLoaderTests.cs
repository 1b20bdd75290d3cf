using BorderMap.Core.Geodata;

namespace BorderMap.Core.Tests;

/// <summary>Broken data files must fail with the file and the position, never half-load.</summary>
public sealed class GeodataLoaderTests : IDisposable
{
    private const string ClaimsFile = "claims/tj-af-border-2021-07-05.geojson";

    private readonly string _copy = Path.Combine(Path.GetTempPath(), "bordermap-geodata-" + Guid.NewGuid().ToString("N"));

    public GeodataLoaderTests()
    {
        foreach (var file in Directory.GetFiles(RepositoryData.GeodataDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(RepositoryData.GeodataDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private GeodataException LoadFails() => Assert.Throws<GeodataException>(() => GeodataLoader.Load(_copy));

    private void Edit(string relativePath, Func<string, string> change)
    {
        var path = Path.Combine(_copy, relativePath);
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    [Fact]
    public void Malformed_json_names_the_file_line_and_column()
    {
        Edit(ClaimsFile, text => text.Replace("\"category\": \"geography\",", "\"category\": \"geography\"", StringComparison.Ordinal));
        var error = LoadFails();
        Assert.Equal(ClaimsFile, error.File);
        Assert.Matches(@"^line 1\d, column \d+", error.Position);
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        Edit(ClaimsFile, text => text.Replace("\"translation\":", "\"translationx\":", StringComparison.Ordinal));
        var error = LoadFails();
        Assert.Equal(ClaimsFile, error.File);
        Assert.Contains("translation", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"nam\":\"Balkh\"")]
    [InlineData("\"name\":null")]
    public void A_boundary_without_its_name_is_named_with_its_file(string broken)
    {
        Edit("boundaries/provinces.geojson", text => text.Replace("\"name\":\"Balkh\"", broken, StringComparison.Ordinal));
        var error = LoadFails();
        Assert.Equal("boundaries/provinces.geojson", error.File);
        Assert.StartsWith("line 2, column ", error.Position, StringComparison.Ordinal);
        Assert.Contains("name", error.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_reference_figure_for_no_geometry_is_named()
    {
        Edit("references/measurements.json", text => text.Replace("\"border:TJ/AF\"", "\"TJ-AF\"", StringComparison.Ordinal));
        var error = LoadFails();
        Assert.Equal(("references/measurements.json", "references[1].ref"), (error.File, error.Position));
    }

    [Fact]
    public void A_quote_edited_away_from_its_source_names_the_claim_and_field()
    {
        Edit(ClaimsFile, text => text.Replace("900 kilometer dengan", "950 kilometer dengan", StringComparison.Ordinal));
        var error = LoadFails();
        Assert.Equal("features[0] (id 'tj-bds-border-length').properties.quote", error.Position);
    }

    [Fact]
    public void A_changed_source_text_is_detected_by_its_hash()
    {
        Edit("sources/tj-af-border-2021-07-05.txt", text => text.Replace("1.037", "1.038", StringComparison.Ordinal));
        var error = LoadFails();
        Assert.Equal("sources/tj-af-border-2021-07-05.json", error.File);
        Assert.Equal("sha256", error.Position);
    }

    [Fact]
    public void A_broken_boundary_file_is_reported()
    {
        Edit("boundaries/provinces.geojson", text => text[..(text.Length / 2)]);
        var error = LoadFails();
        Assert.Equal("boundaries/provinces.geojson", error.File);
        Assert.StartsWith("line ", error.Position, StringComparison.Ordinal);
    }

    [Fact]
    public void The_untouched_copy_loads() => Assert.NotEmpty(GeodataLoader.Load(_copy).Claims);
}
