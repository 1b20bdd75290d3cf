using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>Sentence splitting, numbers and category cues of the claim extractor.</summary>
public class SentenceAndNumberTests
{
    private static List<string> Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Of(text))];

    [Fact]
    public void Sentences_end_at_stops_before_capitals_and_at_line_breaks() =>
        Assert.Equal(["Badachschan fiel.", "Tachar auch!", "Neue Zeile"], Sentences("Badachschan fiel. Tachar auch!\nNeue Zeile"));

    [Fact]
    public void Thousands_separators_abbreviations_and_initials_do_not_end_a_sentence()
    {
        Assert.Single(Sentences("Sebanyak 1.037 tentara menyeberang ke Tajikistan."));
        Assert.Single(Sentences("Dr. Mohib sprach z. B. mit J. Smith in Kabul."));
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence() =>
        Assert.Equal(["“Kedutaan dijaga dengan baik.”", "Kata dia."], Sentences("“Kedutaan dijaga dengan baik.” Kata dia."));

    [Theory]
    [InlineData("1.037 tentara melarikan diri", "id", "soldiers", 1037)]
    [InlineData("pengerahan 20.000 tentara cadangan", "id", "reservists", 20000)]
    [InlineData("20 ribu tentara", "id", "soldiers", 20000)]
    [InlineData("1,037 soldiers crossed", "en", "soldiers", 1037)]
    [InlineData("20.000 Reservisten", "de", "reservists", 20000)]
    [InlineData("20 000 резервистов", "ru", "reservists", 20000)]
    [InlineData("2,5 juta pengungsi", "id", "refugees", 2500000)]
    [InlineData("perbatasan lebih dari 900 kilometer", "id", "borderKm", 900)]
    [InlineData("a 1,344-kilometre border", "en", "borderKm", 1344)]
    public void Numbers_are_read_with_the_languages_separators(string text, string language, string key, double value) =>
        Assert.Equal(value, NumberFinder.Find(text, language)[key]);

    [Fact]
    public void Years_and_bare_numbers_are_not_quantities() =>
        Assert.Empty(NumberFinder.Find("Selama perang saudara tahun 1990-an, pada 5 Juli 2021", "id"));

    [Theory]
    [InlineData("More than 1,000 Afghan servicemen fled", "en", "soldiers", 1000, "more-than")]
    [InlineData("about 20,000 reserve troops", "en", "reservists", 20000, "about")]
    [InlineData("910 km de frontière", "fr", "borderKm", 910, "exact")]
    [InlineData("около 20 тысяч резервистов", "ru", "reservists", 20000, "about")]
    [InlineData("зиёда аз 1000 сарбози афғон", "tg", "soldiers", 1000, "more-than")]
    [InlineData("بیش از ۱۰۰۰ سرباز افغان", "fa", "soldiers", 1000, "more-than")]
    [InlineData("نحو ٢٠ ألف من جنود الاحتياط", "ar", "reservists", 20000, "about")]
    [InlineData("1000 سے زیادہ افغان فوجی", "ur", "soldiers", 1000, "more-than")]
    [InlineData("mindestens 5000 Flüchtlinge", "de", "refugees", 5000, "at-least")]
    public void Numbers_keep_their_qualifier_in_every_script(string text, string language, string key, double value, string qualifier) =>
        QuantityAssert.Single(text, language, key, value, qualifier);

    [Theory]
    [InlineData("more than 20 of the province's 28 districts are held by the Taliban", "en", "districts", 20, "more-than")]
    [InlineData("более 20 из 28 уездов провинции", "ru", "districts", 20, "more-than")]
    [InlineData("نحو 400 من الجنود الأفغان", "ar", "soldiers", 400, "about")]
    [InlineData("the district took in more than 100 people from Shighnan", "en", "refugees", 100, "more-than")]
    [InlineData("ақаллан 1000 сарбоз фиристод", "tg", "soldiers", 1000, "at-least")]
    [InlineData("تر ۱۰ زره کډوالو پورې خیمې", "ps", "refugees", 10000, "up-to")]
    [InlineData("Nearly 2,000 people have gathered near the town, officials said", "en", "refugees", 2000, "nearly")]
    [InlineData("نزدیک به ۲۰۰۰ تن در نزدیکی شهر گرد آمده‌اند", "fa", "refugees", 2000, "nearly")]
    [InlineData("وقال إن 2,500 جندي عبروا", "ar", "soldiers", 2500, "exact")]
    [InlineData("5,000 سے زائد افغان فوجی", "ur", "soldiers", 5000, "more-than")]
    [InlineData("2,5 juta pengungsi", "id", "refugees", 2500000, "exact")]
    [InlineData("وعبر وحوالي ٦٠ جنديا النهر", "ar", "soldiers", 60, "about")]
    [InlineData("کوئی 40 فوجی سرحد پار چلے گئے", "ur", "soldiers", 40, "about")]
    [InlineData("ایک لاکھ تک پناہ گزین", "ur", "refugees", 100000, "up-to")]
    [InlineData("2 لاکھ پناہ گزین", "ur", "refugees", 200000, "exact")]
    [InlineData("une vingtaine de gardes-frontières", "fr", "soldiers", 20, "about")]
    [InlineData("plus d'une centaine de soldats", "fr", "soldiers", 100, "more-than")]
    [InlineData("a thousand troops", "en", "soldiers", 1000, "exact")]
    [InlineData("لڑائی سے بھاگ کر 3,000 افراد پہنچے", "ur", "refugees", 3000, "exact")]
    [InlineData("د ۹۰۰ کیلومتره اوږدې پولې ساتنه", "ps", "borderKm", 900, "exact")]
    [InlineData("Guards turned back at least 300 Afghans who tried to cross.", "en", "refugees", 300, "at-least")]
    [InlineData("Nearly 900 people waited at the bridge.", "en", "refugees", 900, "nearly")]
    [InlineData("Пограничники вернули 300 афганцев.", "ru", "refugees", 300, "exact")]
    [InlineData("Марзбонон дастикам 300 афғонро баргардонданд.", "tg", "refugees", 300, "at-least")]
    [InlineData("Учения прошли не ближе 30 км от реки.", "ru", "km", 30, "at-least")]
    [InlineData("له ۶۰ ډېر سرتېري تسلیم شول.", "ps", "soldiers", 60, "more-than")]
    [InlineData("نزدیک به ۴۰۰ افغان که از جنگ گریخته‌اند منتظرند.", "fa", "refugees", 400, "nearly")]
    [InlineData("Қариб 400 афғон, ки аз ҷанг гурехтаанд, интизоранд.", "tg", "refugees", 400, "nearly")]
    [InlineData("طالبان حدود ۴۰ کیلومتر از کرانه دریا را گرفتند.", "fa", "km", 40, "about")]
    [InlineData("نحو 40 كيلومترا من الحدود.", "ar", "borderKm", 40, "about")]
    public void Parts_of_a_whole_people_taken_in_round_counts_in_words_and_script_separators_are_counted(string text, string language, string key, double value, string qualifier)
    {
        var quantity = NumberFinder.Quantities(text, language).MinBy(q => q.Start);
        Assert.Equal((key, value, qualifier), (quantity?.Key, quantity?.Value, quantity?.Qualifier));
    }

    [Fact]
    public void A_number_before_a_month_is_a_date_not_a_count() =>
        Assert.Empty(NumberFinder.Quantities("On 5 July Afghan soldiers fled", "en"));

    [Theory]
    [InlineData("Presiden telah memerintahkan pengerahan 20.000 tentara cadangan", "mobilisation")]
    [InlineData("1.037 tentara melarikan diri melintasi perbatasan", "troop-movement")]
    [InlineData("Rusia menutup konsulat Mazar-i-Sharif untuk sementara", "diplomatic")]
    [InlineData("Pangkalan militer asing terbesar Rusia ada di Tajikistan.", "military-presence")]
    [InlineData("kamp bagi calon pengungsi dari Afghanistan", "refugees")]
    [InlineData("Die Taliban haben Kundus erobert", "territorial-control")]
    [InlineData("Россия закрыла консульство в Мазари-Шарифе", "diplomatic")]
    [InlineData("Tajikistan mobilised 20,000 reservists", "mobilisation")]
    [InlineData("Hamdullah Mohib mengumumkan serangan balasan", "statement")]
    public void Cue_words_suggest_a_category(string sentence, string category) =>
        Assert.Equal(category, CategoryCues.Suggest(sentence, statesBorderLength: false).Category);
}
