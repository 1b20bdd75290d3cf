using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// German ordinals after a possessive or demonstrative ("seiner 201. Militärbasis"), which ended the sentence inside the base's name and
/// made the mention finder throw on the whole text; and a name that still runs past a sentence's end, which must leave the text readable
/// (sentences constructed by the project).
/// </summary>
public class OrdinalAfterPossessiveTests
{
    [Theory]
    [InlineData("Russland schickte 800 Soldaten seiner 201. Militärbasis aus Duschanbe auf einen Schießplatz.")]
    [InlineData("Die Armee verlegte Teile ihrer 201. Militärbasis nach Kulob.")]
    [InlineData("Soldaten dieser 201. Militärbasis übten bei Kulob.")]
    public void An_ordinal_after_a_possessive_does_not_end_the_sentence(string text) =>
        Assert.Single(SentenceSplitter.Split(text));

    [Fact]
    public void The_base_after_a_possessive_is_found() =>
        Assert.Contains(Repository.Finder.Find("Russland schickte 800 Soldaten seiner 201. Militärbasis aus Duschanbe auf einen Schießplatz.", "de"),
            m => m.Best.Place.Id == "cur:201st-base-dushanbe");

    [Fact]
    public void A_name_across_a_sentence_end_leaves_the_other_places_found() =>
        Assert.Contains(Repository.Finder.Find("Die Soldaten kamen aus 201. Militärbasis bei Kulob und zogen ab.", "de"), m => m.Text == "Kulob");
}
