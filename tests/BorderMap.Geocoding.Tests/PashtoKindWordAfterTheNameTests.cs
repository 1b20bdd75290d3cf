namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Pashto writes the kind word after the name: in "د بغلان ولایت نهرین او برکه ولسوالۍ" (Baghlan province's Nahrin and Burka
/// districts) the province word is Baghlan's, and the district word after Burka names it, though the gazetteer spells it بورکه.
/// Sentences constructed.
/// </summary>
public class PashtoKindWordAfterTheNameTests
{
    [Fact]
    public void The_district_word_after_a_name_names_it_before_the_province_word_of_the_list() =>
        Assert.Equal("d2:AF.03.1310", Repository.Finder.Find("طالبانو د بغلان ولایت نهرین او برکه ولسوالۍ ونیولې.", "ps").SingleOrDefault(m => m.Text == "برکه")?.Best.Place.Id);
}
