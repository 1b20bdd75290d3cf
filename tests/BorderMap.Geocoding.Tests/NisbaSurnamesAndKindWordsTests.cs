namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of wrong places of the wire evaluation's round-34 part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a surname made from a place with the nisba ending, read as the place; a name after a preposition
/// of place read as what a verb of holding holds; a river word overruled by the sentence's towns; a Tajik ё that Russian writes я; and a
/// Persian word guessed by consonants that it writes twice.
/// </summary>
public class NisbaSurnamesAndKindWordsTests
{
    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    [Theory]
    [InlineData("Об этом сообщил корреспондент Фарход Худжанди из Душанбе.", "ru", "Худжанди")]
    [InlineData("خبرنگار ما فرهاد ونجی از خاروغ گزارش داد که مرز بسته است.", "fa", "ونجی")]
    [InlineData("زموږ خبریال فرهاد خجندي له دوشنبې څخه راپور ورکړ.", "ps", "خجندي")]
    [InlineData("زموږ خبریال فرهاد ونجي له خاروغ څخه راپور ورکړ.", "ps", "ونجي")]
    [InlineData("وقال المراسل فرهاد خجندي من دوشنبه إن الحدود مغلقة.", "ar", "خجندي")]
    [InlineData("ہمارے نمائندے فرہاد ونجی نے خاروغ سے بتایا کہ سرحد بند ہے۔", "ur", "ونجی")]
    public void A_surname_made_from_a_place_with_the_nisba_ending_is_no_place(string text, string language, string surname) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == surname);

    [Theory]
    [InlineData("Бои дошли до Худжанда, сообщил корреспондент Фарход Назаров.", "ru", "Худжанда", "gn:1514879")]
    [InlineData("خبرنگار ما فرهاد ونجی از خجند گزارش داد.", "fa", "خجند", "gn:1514879")]
    public void The_place_itself_is_still_read_beside_such_a_surname(string text, string language, string name, string id) =>
        Assert.Equal(id, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Chinese and Tajik officials hold border talks in Murghob this week.", "en", "Murghob")]
    [InlineData("Les deux pays tiennent des pourparlers frontaliers à Mourghob cette semaine.", "fr", "Mourghob")]
    public void A_name_after_a_preposition_of_place_is_where_the_verbs_object_is_held(string text, string language, string name) =>
        Assert.Equal("gn:1220962", PlaceOf(text, language, name));

    [Theory]
    [InlineData("Марзбони тоҷик дарёи Панҷ-ро дар назди Хоруғ назорат мекунад.", "tg", "Панҷ")]
    [InlineData("Марзбонони тоҷик дарёи Панҷ-ро дар наздикии Ишкошим зери назар доранд.", "tg", "Панҷ")]
    public void A_river_word_beside_the_name_is_the_river_whatever_towns_the_sentence_names(string text, string language, string name) =>
        Assert.Equal("cur:panj-river", PlaceOf(text, language, name));

    [Fact]
    public void A_Tajik_name_with_yo_is_also_the_place_Russian_writes_with_ya() =>
        // Badakhshan's Yawan is "Яван" in Russian, as Khatlon's Yovon is; Tajik writes both "Ёвон".
        Assert.Equal("d2:AF.01.1128", PlaceOf("Толибон ноҳияҳои Ёвон ва Рағистон-и вилояти Бадахшон-ро гирифтанд.", "tg", "Ёвон"));

    [Fact]
    public void Khatlons_Yovon_stays_itself_beside_its_province() =>
        Assert.Equal("d2:TJ.02.1220107", PlaceOf("Дар ноҳияи Ёвон-и вилояти Хатлон 300 захиравӣ даъват шуданд.", "tg", "Ёвон"));

    [Fact]
    public void A_word_that_writes_a_consonant_twice_across_a_vowel_is_no_name_with_it_once() =>
        // "کارکنان" (staff): کن and the plural's -ان; its consonants read once spell Qarqin ("krkn").
        Assert.DoesNotContain(Repository.Finder.Find("ده‌ها خانواده در نزدیکی شهر کندز چادر زده‌اند، کارکنان صلیب سرخ گفتند.", "fa"), m => m.Text == "کارکنان");

    [Theory]
    [InlineData("Дар он тарафи Панҷ шаҳри Ҳазрати Имом рӯзи шанбе ба дасти толибон афтод.", "tg", "Панҷ")]
    [InlineData("Across the Panj, the Taliban took the town of Imam Sahib on Saturday.", "en", "Panj")]
    public void The_name_whose_other_side_a_phrase_names_is_the_river(string text, string language, string name) =>
        Assert.Equal("cur:panj-river", PlaceOf(text, language, name));
}
