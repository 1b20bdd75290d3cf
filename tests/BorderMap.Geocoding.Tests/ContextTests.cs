using BorderMap.Core.Geocoding;

namespace BorderMap.Geocoding.Tests;

/// <summary>Choosing between places of one name by what the text around it says.</summary>
public class ContextTests
{
    private static GeocodeContext Mentioning(params string[] ids) => new(new HashSet<string>(ids), [], null);

    [Fact]
    public void Fayzabad_is_Badakhshans_when_the_text_is_about_Badakhshan()
    {
        Assert.Equal("AF-BDS", Repository.Geocoder.Geocode("Fayzabad", Mentioning("AF-BDS"))[0].Place.Admin1);
        var jowzjan = Repository.Geocoder.Geocode("Fayzabad", Mentioning("AF-JOW"))[0];
        Assert.Equal("AF-JOW", jowzjan.Place.Admin1);
        Assert.Contains("the text mentions its province Jowzjan", jowzjan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_text_Fayzabad_takes_the_province_named_nearby()
    {
        var mentions = Repository.Finder.Find("Heavy fighting was reported in Jowzjan province. In Fayzabad, elders asked for a ceasefire.");
        Assert.Equal("AF-JOW", mentions.Single(m => m.Text == "Fayzabad").Best.Place.Admin1);
    }

    [Theory]
    [InlineData("kota Kandahar", "gn:1138336")]
    [InlineData("Kandahar city", "gn:1138336")]
    [InlineData("provinsi Kandahar", "AF-KAN")]
    [InlineData("Provinz Kandahar", "AF-KAN")]
    [InlineData("Kandahar province", "AF-KAN")]
    [InlineData("province of Kandahar", "AF-KAN")]
    [InlineData("Kandahar", "gn:1138336")] // a town named like its province: in running text the town is usually meant
    public void A_kind_word_decides_between_a_town_and_its_province(string query, string id) =>
        Assert.Equal(id, Repository.Geocoder.Geocode(query)[0].Place.Id);

    [Fact]
    public void Kind_words_in_running_text_decide_too()
    {
        var mentions = Repository.Finder.Find("Taliban juga telah merebut lingkungan di luar kota Kandahar dan di provinsi Helmand.");
        Assert.Equal(["gn:1138336", "AF-HEL"], mentions.Select(m => m.Best.Place.Id));
        Assert.Equal(["populated-place", "admin1"], mentions.Select(m => m.KindHint));
    }

    [Fact]
    public void Candidates_carry_a_score_and_a_reason()
    {
        var candidates = Repository.Geocoder.Geocode("Kandahar");
        Assert.True(candidates.Count >= 2);
        Assert.True(candidates[0].Score >= candidates[1].Score);
        Assert.All(candidates, c => Assert.False(string.IsNullOrWhiteSpace(c.Reason)));
    }

    [Fact]
    public void A_reason_names_the_place_and_the_match_in_words_without_weights_or_ids()
    {
        var reasons = Repository.Geocoder.Geocode("Fayzabad", Mentioning("AF-BDS")).Select(c => c.Reason).ToList();

        Assert.Equal("town in Badakhshan, Afghanistan · matched the name ‘Fayzabad’ · the text mentions its province Badakhshan", reasons[0]);
        Assert.All(reasons, r => Assert.DoesNotMatch(@"prior|\d\.\d|AF-|'", r));
    }
}
