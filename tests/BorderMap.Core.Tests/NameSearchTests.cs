using BorderMap.Core.Search;

namespace BorderMap.Core.Tests;

public class NameSearchTests
{
    private static readonly NameSearch Search = new(RepositoryData.Data.Areas);

    [Theory]
    [InlineData("Badachschan", "Badakhshan")]
    [InlineData("Бадахшан", "Badakhshan")]
    [InlineData("Tachar", "Takhar")]
    [InlineData("Duschanbe", "Dushanbe")]
    [InlineData("Dschalalabad", "Jalalabad")]
    [InlineData("Mazar-e Scharif", "Mazar-i-Sharif")]
    public void Romanisations_of_one_name_fold_to_the_same_key(string variant, string english) =>
        Assert.Equal(NameFolding.Fold(english).Replace("e", "i", StringComparison.Ordinal), NameFolding.Fold(variant).Replace("e", "i", StringComparison.Ordinal));

    [Fact]
    public void Different_places_keep_different_keys() =>
        Assert.NotEqual(NameFolding.Fold("Takhar"), NameFolding.Fold("Kunar"));

    [Theory]
    [InlineData("ووخش", "ووخش")]
    [InlineData("مديريات يافان ووخش", "مدیریات یافان ووخش")]
    [InlineData("داوود", "داود")]
    public void Arabic_and_before_a_name_that_starts_with_waw_is_kept_apart(string text, string folded) =>
        // A word's first two و are "and" and a name's first letter ("ووخش": and Vakhsh); a doubled letter inside a word is one.
        Assert.Equal(folded, NameFolding.Fold(text));

    [Theory]
    [InlineData("badakshan", "badahshan", 1)]
    [InlineData("kabul", "kabul", 0)]
    [InlineData("helmand", "hilmand", 1)]
    [InlineData("takhar", "kunar", 4)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Of(a, b));

    [Fact]
    public void An_exact_name_outranks_a_typo_match()
    {
        var hits = Search.Find("Helmand");
        Assert.Equal("AF-HEL", hits[0].Id);
        Assert.Equal(1, hits[0].Score);
    }

    [Fact]
    public void A_Persian_name_finds_its_province()
    {
        var localName = RepositoryData.Data.Areas.Find("AF-KAN")!.LocalName!;
        Assert.Equal("AF-KAN", Search.Find(localName)[0].Id);
    }
}
