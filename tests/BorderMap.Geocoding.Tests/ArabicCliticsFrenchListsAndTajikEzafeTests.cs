namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Three classes of wrong places of the wire evaluation, each checked on sentences of their own (constructed by the project, not taken
/// from a report): an Arabic kind word with "and" and "to" written onto it, read as a place by its consonants ("ولممر واخان", and to
/// the Wakhan corridor: no Almar); a French list that repeats its preposition ("les districts de … et de …"), whose later items lost
/// the list's kind word; and a Tajik name with its ezafe written on ("шаҳри Фархори вилояти Тахор"), which is also the Afghan place
/// Tajik spells so.
/// </summary>
public class ArabicCliticsFrenchListsAndTajikEzafeTests
{
    private static IReadOnlyList<BorderMap.Core.Extraction.PlaceMention> Find(string text, string language) => Repository.Finder.Find(text, language);

    [Fact]
    public void A_kind_word_with_arabic_and_and_to_written_onto_it_is_no_place()
    {
        var found = Find("أرسلت طاجيكستان جنودا إلى منطقة مرغاب المتاخمة للصين ولممر واخان في أفغانستان.", "ar");
        Assert.DoesNotContain(found, m => m.Text == "ولممر");
        Assert.Equal("d2:AF.01.1106", found.Single(m => m.Text == "واخان").Best.Place.Id);
    }

    [Theory]
    [InlineData("Les talibans ont aussi pris les districts de Dacht-e Qala et de Khwaja Ghar.", "Khwaja Ghar", "d2:AF.26.1212")]
    [InlineData("Les talibans ont aussi pris les districts riverains de Yangi Qala et de Khwaja Ghar mardi.", "Khwaja Ghar", "d2:AF.26.1212")]
    public void A_list_that_repeats_its_preposition_shares_its_kind_word(string text, string name, string district) =>
        Assert.Equal(district, Find(text, "fr").Last(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_tajik_name_with_its_ezafe_is_also_the_afghan_place_tajik_spells_so() =>
        // Takhar's town of Farkhar, not Khatlon's Farkhor, whose Russian name "Фархори" also declines to.
        Assert.Equal("gn:1142239", Find("Толибон шаҳри Фархори вилояти Тахор-ро забт карданд.", "tg").Single(m => m.Text == "Фархори").Best.Place.Id);

    [Fact]
    public void A_tajik_word_without_the_ezafe_gains_no_afghan_spelling() =>
        // "Зиёда" (more than) at a sentence's start: its stem is a place's, but no ezafe is written on it.
        Assert.DoesNotContain(Find("Зиёда аз 200 сарбоз ба Тоҷикистон гузаштанд.", "tg"), m => m.Text == "Зиёда");
}
