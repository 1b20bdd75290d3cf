namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of wrong places of the wire evaluation's round-35 part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a nisba surname or adjective whose stem is a place's name in another spelling or one letter off
/// it; the first word of a Tajik name joined by the ezafe, guessed one letter off another name; and a common word in the slot its
/// grammar gives it (an Arabic construct or article, an Urdu verb at the end of its clause) read as a small place far from the border;
/// and of two towns that share a name, the one whose name it is taken for the one that once bore it.
/// </summary>
public class NisbaFormsEzafeNamesAndCommonWordSlotsTests
{
    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("Об этом сообщил корреспондент Фаррух Рушани из Хорога.", "ru", "Рушани")]
    [InlineData("Дар Гармсер ҷангҳо идома доранд, гуфт Мирвайс Гармсерӣ.", "tg", "Гармсерӣ")]
    [InlineData("Бисёре аз мардуми Гармсерӣ ба Лашкаргоҳ гурехтанд.", "tg", "Гармсерӣ")]
    public void A_nisba_surname_on_a_name_in_another_spelling_or_one_letter_off_is_no_place(string text, string language, string surname) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == surname);

    [Theory]
    [InlineData("Бои идут у Рушана, сообщил Фаррух Назаров.", "ru", "Рушана", "gn:1220685")]
    [InlineData("Дар Гармсер ҷангҳо идома доранд, гуфт Мирвайс Гармсерӣ.", "tg", "Гармсер", "d2:AF.10.2311")]
    public void The_place_itself_is_still_read_beside_such_a_surname(string text, string language, string name, string id) =>
        Assert.Equal(id, PlaceOf(text, language, name));

    [Fact]
    public void A_Tajik_name_whose_ezafe_the_romanised_name_writes_as_a_word_is_read_whole() =>
        // "Nahr-e Saraj": the Tajik -и is the -e; the first word alone is one letter off Nahrin (Baghlan).
        Assert.Equal("d2:AF.10.2302", PlaceOf("Толибон ноҳияҳои Гармсер ва Наҳри Сароҷ-и Ҳелманд-ро гирифтанд.", "tg", "Наҳри Сароҷ"));

    [Fact]
    public void Nahrin_as_written_stays_itself() =>
        Assert.Equal("d2:AF.03.1309", PlaceOf("Толибон маркази ноҳияи Наҳрин-ро гирифтанд.", "tg", "Наҳрин"));

    [Theory]
    [InlineData("وينام كثير منها في باحة مقر الوالي في فيض آباد.", "ar", "مقر")]
    [InlineData("وتجمع المحتجون أمام المقر في قندوز.", "ar", "المقر")]
    [InlineData("افغان فوجی دریائے پنج کے پل سے گزرے، حکام نے کہا۔", "ur", "گزرے")]
    public void A_common_word_in_its_grammatical_slot_is_no_small_place_far_away(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Theory]
    [InlineData("وسيطرت طالبان على مديرية مقر في ولاية غزني.", "ar", "مقر", "d2:AF.08.608")]
    [InlineData("طالبان نے صوبہ ہرات کے ضلع گذرہ پر قبضہ کر لیا۔", "ur", "گذرہ", "d2:AF.11.2003")]
    public void The_same_place_after_its_kind_word_is_still_read(string text, string language, string name, string id) =>
        Assert.Equal(id, PlaceOf(text, language, name));

    [Theory]
    [InlineData("На другом берегу, в городе Пяндж Хатлонской области, усилены пограничные наряды.", "ru", "Пяндж")]
    [InlineData("De l'autre côté du fleuve, le calme régnait dans la ville tadjike de Pyandj.", "fr", "Pyandj")]
    [InlineData("وفي مدينة بانج الطاجيكية المقابلة، قال سكان إن الوضع هادئ.", "ar", "بانج")]
    public void A_name_is_the_town_whose_own_name_it_spells_not_the_town_that_once_bore_it(string text, string language, string name) =>
        // "Pyandzh" is Panj's own name in Russian letters and a former name of Dŭstí, the larger town 40 km west of it.
        Assert.Equal("gn:1220750", PlaceOf(text, language, name));
}
