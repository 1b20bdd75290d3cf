using BorderMap.Core.Geocoding;
using BorderMap.Core.Geodata;

namespace BorderMap.Geocoding.Tests;

/// <summary>What the shipped gazetteer covers, and how its files are read.</summary>
public sealed class GazetteerTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("bordermap-gazetteer-test-");

    public void Dispose() => _temp.Delete(recursive: true);

    [Fact]
    public void Every_country_and_capital_is_there_with_names_in_the_reading_languages()
    {
        var places = Repository.Gazetteer.Places;
        Assert.InRange(places.Count(p => p.Kind == PlaceKinds.Country), 190, 260);
        Assert.InRange(places.Count(p => p.Kind == PlaceKinds.Capital), 190, 260);
        var germany = Repository.Gazetteer.Find("DE")!;
        Assert.Contains(new PlaceName("id", "Jerman"), germany.Names);
        Assert.Contains(new PlaceName("ru", "Германия"), germany.Names);
    }

    [Fact]
    public void Afghan_and_Tajik_provinces_use_the_boundary_ids_and_every_town_there_has_its_province()
    {
        var gazetteer = Repository.Gazetteer;
        foreach (var area in Repository.Areas.All.Where(a => a.Kind != Core.Areas.AreaKind.River))
        {
            Assert.NotNull(gazetteer.Find(area.Id));
        }

        var towns = gazetteer.Places.Where(p => p.Country is "AF" or "TJ" && PlaceKinds.IsPoint(p.Kind)).ToList();
        Assert.True(towns.Count > 300);
        Assert.All(towns, t => Assert.NotNull(Repository.Areas.Find(t.Admin1)));
    }

    [Fact]
    public void Districts_of_the_border_provinces_are_there_at_their_centres()
    {
        var districts = Repository.Gazetteer.Places.Where(p => p.Kind == PlaceKinds.District).ToList();
        Assert.InRange(districts.Count(d => d.Admin1 == "AF-BDS"), 23, 28); // Badakhshan has 28; the rest have no seat in the open data
        Assert.InRange(districts.Count(d => d.Admin1 == "TJ-GB"), 7, 8);
        Assert.All(districts, d => Assert.Equal(2, d.GeoPrecision));
        Assert.Equal(PlaceKinds.District, Repository.Geocoder.Geocode("Ишкашимский район")[0].Place.Kind); // the word says a district, not the town
        Assert.Equal(PlaceKinds.PopulatedPlace, Repository.Geocoder.Geocode("Ishkashim")[0].Place.Kind); // unmarked, the town
    }

    [Fact]
    public void Curated_entries_each_say_where_they_come_from()
    {
        var curated = Repository.Gazetteer.Places.Where(p => p.Id.StartsWith("cur:", StringComparison.Ordinal)).ToList();
        Assert.Contains(curated, p => p.Kind == PlaceKinds.Crossing);
        Assert.Contains(curated, p => p.Id == "cur:camp-marmal");
        Assert.All(curated, p => Assert.True(p.Source.Length > 20, p.Id));
    }

    [Fact]
    public void The_generated_file_is_the_one_SOURCES_md_records()
    {
        // gazetteer.tsv is built, not edited: a hand edit would not match the hash the build wrote. Its rows, the header line aside.
        var path = Path.Combine(Repository.Geodata, "gazetteer", GazetteerReader.GeneratedFile);
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
        var rows = File.ReadLines(path).Count(l => l.Length > 0 && l[0] != '#') - 1;
        Assert.Contains($"| `gazetteer/gazetteer.tsv` | {rows} | `{sha256}` |", File.ReadAllText(Path.Combine(Repository.Geodata, "SOURCES.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_row_names_its_file_line_and_column()
    {
        Write("gazetteer.tsv", "id\tkind\tname\tlat\tlon\tadmin1\tcountry\tpopulation\tnames\tsource", "x:1\ttown\tX\t1\t2\t\tAF\t0\t\ttest");
        var error = Assert.Throws<GeodataException>(() => GazetteerReader.Load(_temp.FullName));
        Assert.Contains("gazetteer/gazetteer.tsv", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2, column kind", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x:1\tsite\tX\t95\t2\t\tAF\t0\t\ttest", "line 2, column lat")]
    [InlineData("x:1\tsite\tX\t1\t2\t\tAF\t0\tdeX\ttest", "line 2, column names")]
    [InlineData("x:1\tsite\tX\t1\t2\t\tAF\tmany\t\ttest", "line 2, column population")]
    [InlineData("x:1\tsite\tX\t1\t2", "line 2: expected 10 tab-separated columns, found 5")]
    [InlineData("x:1\tsite\tX\t1\t2\t\tAF\t0\tfa-x-tower=Y\ttest", "line 2, column names: 'fa-x-tower' is no kind word")]
    public void Bad_values_are_reported(string row, string where)
    {
        Write("gazetteer.tsv", "id\tkind\tname\tlat\tlon\tadmin1\tcountry\tpopulation\tnames\tsource", row);
        Assert.Contains(where, Assert.Throws<GeodataException>(() => GazetteerReader.Load(_temp.FullName)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Curated_aliases_add_names_and_unknown_ids_are_an_error()
    {
        Write("gazetteer.tsv", "id\tkind\tname\tlat\tlon\tadmin1\tcountry\tpopulation\tnames\tsource", "x:1\tsite\tAlpha\t1\t2\t\tAF\t0\t\ttest");
        Write("curated.tsv", "id\tkind\tname\tlat\tlon\tadmin1\tcountry\tpopulation\tnames\tsource", "x:1\talias\t\t0\t0\t\t\t0\tid=Alfa\tnote");
        Assert.Equal("x:1", new Geocoder(GazetteerReader.Load(_temp.FullName)).Geocode("Alfa")[0].Place.Id);

        Write("curated.tsv", "id\tkind\tname\tlat\tlon\tadmin1\tcountry\tpopulation\tnames\tsource", "x:2\talias\t\t0\t0\t\t\t0\tid=Alfa\tnote");
        Assert.Contains("alias for unknown id 'x:2'", Assert.Throws<GeodataException>(() => GazetteerReader.Load(_temp.FullName)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_proper_name_with_a_kind_word_names_the_feature_in_the_languages_order_and_not_alone()
    {
        Write("gazetteer.tsv", "id\tkind\tname\tlat\tlon\tadmin1\tcountry\tpopulation\tnames\tsource", "x:1\tcrossing\tAlpha bridge\t1\t2\t\tAF\t0\tfa-x-bridge=دوستی|ps-x-bridge=دوستۍ\ttest");
        var gazetteer = GazetteerReader.Load(_temp.FullName);
        var geocoder = new Geocoder(gazetteer);
        Assert.Equal("x:1", geocoder.Geocode("پل دوستی")[0].Place.Id);
        Assert.Equal("x:1", geocoder.Geocode("دوستۍ پل")[0].Place.Id);
        Assert.DoesNotContain(gazetteer.Find("x:1")!.AllNames, n => n.Text is "دوستی" or "دوستۍ" || n.Language.Contains("-x-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_gazetteer_says_how_to_build_it() =>
        Assert.Contains("GeodataBuild", Assert.Throws<GeodataException>(() => GazetteerReader.Load(_temp.FullName)).Message, StringComparison.Ordinal);

    private void Write(string name, params string[] lines)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_temp.FullName, "gazetteer"));
        File.WriteAllLines(Path.Combine(directory.FullName, name), lines);
    }
}
