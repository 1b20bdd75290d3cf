using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Each language's qualifier words mapped to the API's values (near-synonyms to one value), ranges of two numbers, counts in words
/// (Pashto tens before their ones, Urdu's word for every count, French seventies and nineties), and people who took shelter counted
/// as refugees. All sentences are constructed for these tests.
/// </summary>
public class QualifierRangeAndCountWordTests
{
    [Theory]
    [InlineData("More than 300 soldiers crossed the river.", "en", "more-than")]
    [InlineData("At least 300 soldiers crossed the river.", "en", "at-least")]
    [InlineData("No fewer than 300 soldiers crossed the river.", "en", "at-least")]
    [InlineData("Nearly 300 soldiers crossed the river.", "en", "nearly")]
    [InlineData("Just under 300 soldiers crossed the river.", "en", "nearly")]
    [InlineData("Some 300 soldiers crossed the river.", "en", "about")]
    [InlineData("Up to 300 soldiers crossed the river.", "en", "up-to")]
    [InlineData("As many as 300 soldiers crossed the river.", "en", "up-to")]
    [InlineData("No more than 300 soldiers crossed the river.", "en", "up-to")]
    [InlineData("Fewer than 300 soldiers crossed the river.", "en", "up-to")]
    [InlineData("Lebih dari 300 tentara menyeberangi sungai.", "id", "more-than")]
    [InlineData("Tidak kurang dari 300 tentara menyeberangi sungai.", "id", "at-least")]
    [InlineData("Nyaris 300 tentara menyeberangi sungai.", "id", "nearly")]
    [InlineData("Kurang lebih 300 tentara menyeberangi sungai.", "id", "about")]
    [InlineData("Tidak lebih dari 300 tentara menyeberangi sungai.", "id", "up-to")]
    [InlineData("Paling banyak 300 tentara menyeberangi sungai.", "id", "up-to")]
    [InlineData("Mehr als 300 Soldaten überquerten den Fluss.", "de", "more-than")]
    [InlineData("Nicht weniger als 300 Soldaten überquerten den Fluss.", "de", "at-least")]
    [InlineData("Annähernd 300 Soldaten überquerten den Fluss.", "de", "nearly")]
    [InlineData("Rund 300 Soldaten überquerten den Fluss.", "de", "about")]
    [InlineData("Nicht mehr als 300 Soldaten überquerten den Fluss.", "de", "up-to")]
    [InlineData("Höchstens 300 Soldaten überquerten den Fluss.", "de", "up-to")]
    [InlineData("Свыше 300 военнослужащих пересекли реку.", "ru", "more-than")]
    [InlineData("Не меньше 300 военнослужащих пересекли реку.", "ru", "at-least")]
    [InlineData("Чуть менее 300 военнослужащих пересекли реку.", "ru", "nearly")]
    [InlineData("Примерно 300 военнослужащих пересекли реку.", "ru", "about")]
    [InlineData("Не более 300 военнослужащих пересекли реку.", "ru", "up-to")]
    [InlineData("Менее 300 военнослужащих пересекли реку.", "ru", "up-to")]
    [InlineData("Беш аз 300 сарбоз аз дарё гузаштанд.", "tg", "more-than")]
    [InlineData("Ҳадди ақал 300 сарбоз аз дарё гузаштанд.", "tg", "at-least")]
    [InlineData("Қариб 300 сарбоз аз дарё гузаштанд.", "tg", "nearly")]
    [InlineData("Тахминан 300 сарбоз аз дарё гузаштанд.", "tg", "about")]
    [InlineData("На бештар аз 300 сарбоз аз дарё гузаштанд.", "tg", "up-to")]
    [InlineData("Камтар аз 300 сарбоз аз дарё гузаштанд.", "tg", "up-to")]
    [InlineData("بیش از ۳۰۰ سرباز از رود گذشتند.", "fa", "more-than")]
    [InlineData("نه کمتر از ۳۰۰ سرباز از رود گذشتند.", "fa", "at-least")]
    [InlineData("قریب به ۳۰۰ سرباز از رود گذشتند.", "fa", "nearly")]
    [InlineData("حدوداً ۳۰۰ سرباز از رود گذشتند.", "fa", "about")]
    [InlineData("حداکثر ۳۰۰ سرباز از رود گذشتند.", "fa", "up-to")]
    [InlineData("کمتر از ۳۰۰ سرباز از رود گذشتند.", "fa", "up-to")]
    [InlineData("له ۳۰۰ څخه زیات سرتېري له سیند څخه واوښتل.", "ps", "more-than")]
    [InlineData("لږ تر لږه ۳۰۰ سرتېري له سیند څخه واوښتل.", "ps", "at-least")]
    [InlineData("نږدې ۳۰۰ سرتېري له سیند څخه واوښتل.", "ps", "nearly")]
    [InlineData("شاوخوا ۳۰۰ سرتېري له سیند څخه واوښتل.", "ps", "about")]
    [InlineData("له ۳۰۰ څخه کم سرتېري له سیند څخه واوښتل.", "ps", "up-to")]
    [InlineData("أكثر من 300 جندي عبروا النهر.", "ar", "more-than")]
    [InlineData("لا يقل عن 300 جندي عبروا النهر.", "ar", "at-least")]
    [InlineData("ما يقرب من 300 جندي عبروا النهر.", "ar", "nearly")]
    [InlineData("حوالى 300 جندي عبروا النهر.", "ar", "about")]
    [InlineData("ما لا يزيد على 300 جندي عبروا النهر.", "ar", "up-to")]
    [InlineData("أقل من 300 جندي عبروا النهر.", "ar", "up-to")]
    [InlineData("300 سے زیادہ فوجی دریا پار کر گئے۔", "ur", "more-than")]
    [InlineData("کم سے کم 300 فوجی دریا پار کر گئے۔", "ur", "at-least")]
    [InlineData("قریب 300 فوجی دریا پار کر گئے۔", "ur", "nearly")]
    [InlineData("لگ بھگ 300 فوجی دریا پار کر گئے۔", "ur", "about")]
    [InlineData("زیادہ سے زیادہ 300 فوجی دریا پار کر گئے۔", "ur", "up-to")]
    [InlineData("300 سے کم فوجی دریا پار کر گئے۔", "ur", "up-to")]
    [InlineData("Plus de 300 soldats ont traversé la rivière.", "fr", "more-than")]
    [InlineData("Pas moins de 300 soldats ont traversé la rivière.", "fr", "at-least")]
    [InlineData("Pas loin de 300 soldats ont traversé la rivière.", "fr", "nearly")]
    [InlineData("À peu près 300 soldats ont traversé la rivière.", "fr", "about")]
    [InlineData("Pas plus de 300 soldats ont traversé la rivière.", "fr", "up-to")]
    [InlineData("Moins de 300 soldats ont traversé la rivière.", "fr", "up-to")]
    public void Each_language_s_qualifier_words_take_the_API_s_values(string sentence, string language, string qualifier) =>
        QuantityAssert.Single(sentence, language, "soldiers", 300, qualifier);

    [Theory]
    [InlineData("سرحد کے قریب 300 فوجی تعینات کیے گئے۔", "ur")]
    [InlineData("د پولې ته نږدې ۳۰۰ سرتېري ځای پر ځای شول.", "ps")]
    public void Near_a_place_does_not_qualify_the_count_after_it(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 300, "exact");

    [Theory]
    [InlineData("Between 200 and 300 soldiers crossed the river.", "en")]
    [InlineData("200 to 300 soldiers crossed the river.", "en")]
    [InlineData("200–300 soldiers crossed the river.", "en")]
    [InlineData("Antara 200 dan 300 tentara menyeberangi sungai.", "id")]
    [InlineData("Zwischen 200 und 300 Soldaten überquerten den Fluss.", "de")]
    [InlineData("200 bis 300 Soldaten überquerten den Fluss.", "de")]
    [InlineData("От 200 до 300 военнослужащих пересекли реку.", "ru")]
    [InlineData("Аз 200 то 300 сарбоз аз дарё гузаштанд.", "tg")]
    [InlineData("بین ۲۰۰ تا ۳۰۰ سرباز از رود گذشتند.", "fa")]
    [InlineData("بین ۲۰۰ و ۳۰۰ سرباز از رود گذشتند.", "fa")]
    [InlineData("له ۲۰۰ تر ۳۰۰ سرتېري له سیند څخه واوښتل.", "ps")]
    [InlineData("عبر ما بين 200 و300 جندي النهر.", "ar")]
    [InlineData("200 سے 300 تک فوجی دریا پار کر گئے۔", "ur")]
    [InlineData("Entre 200 et 300 soldats ont traversé la rivière.", "fr")]
    public void Two_numbers_of_a_range_are_its_low_and_high_ends(string sentence, string language)
    {
        var quantities = NumberFinder.Quantities(sentence, language);
        Assert.Equal([("soldiers", 200.0, "at-least"), ("soldiers", 300.0, "up-to")], quantities.Select(q => (q.Key, q.Value, q.Qualifier)));
    }

    [Theory]
    [InlineData("The Taliban killed 20 and wounded 30 soldiers.", "en")]
    [InlineData("On 5-6 July 300 soldiers crossed the river.", "en")]
    public void Numbers_that_make_no_range_stay_apart(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", sentence.Contains("300", StringComparison.Ordinal) ? 300 : 30, "exact");

    [Theory]
    [InlineData("پنځوس او څلور سرتېري له سیند څخه واوښتل.", 54)]
    [InlineData("پنځوس څلور سرتېري له سیند څخه واوښتل.", 54)]
    [InlineData("شل او دوه سرتېري له سیند څخه واوښتل.", 22)]
    [InlineData("څلور پنځوس سرتېري له سیند څخه واوښتل.", 54)]
    public void Pashto_tens_and_ones_in_either_order_are_one_count(string sentence, double value) =>
        QuantityAssert.Single(sentence, "ps", "soldiers", value, "exact");

    // One count of each decade, as CLDR's Hindi spell-out rules give the Hindustani numerals (cldr-rbnf 48), in Urdu script.
    [Theory]
    [InlineData("چوبیس فوجی دریا پار کر گئے۔", 24)]
    [InlineData("سینتیس فوجی دریا پار کر گئے۔", 37)]
    [InlineData("پینتالیس فوجی دریا پار کر گئے۔", 45)]
    [InlineData("چون فوجی دریا پار کر گئے۔", 54)]
    [InlineData("چھیاسٹھ فوجی دریا پار کر گئے۔", 66)]
    [InlineData("بہتّر فوجی دریا پار کر گئے۔", 72)]
    [InlineData("اٹھاسی فوجی دریا پار کر گئے۔", 88)]
    [InlineData("ننانوے فوجی دریا پار کر گئے۔", 99)]
    public void Urdu_counts_of_every_decade_are_read(string sentence, double value) =>
        QuantityAssert.Single(sentence, "ur", "soldiers", value, "exact");

    [Theory]
    [InlineData("Soixante-quinze soldats ont traversé la rivière.", 75)]
    [InlineData("Soixante et onze soldats ont traversé la rivière.", 71)]
    [InlineData("Quatre-vingt-un soldats ont traversé la rivière.", 81)]
    [InlineData("Quatre-vingt-douze soldats ont traversé la rivière.", 92)]
    [InlineData("Quatre-vingt-dix-sept soldats ont traversé la rivière.", 97)]
    public void French_seventies_and_nineties_are_read(string sentence, double value) =>
        QuantityAssert.Single(sentence, "fr", "soldiers", value, "exact");

    [Theory]
    [InlineData("About 120 families from Yangi Qala are sheltering in a school, officials said.", "en")]
    [InlineData("Sekitar 120 keluarga dari Yangi Qala berlindung di sebuah sekolah.", "id")]
    [InlineData("Etwa 120 Familien aus Yangi Qala haben in einer Schule Zuflucht gefunden.", "de")]
    [InlineData("Около 120 семей из Янги-Калы укрываются в школе.", "ru")]
    [InlineData("Тақрибан 120 хонавода аз Янгиқалъа дар мактаб паноҳ бурдаанд.", "tg")]
    [InlineData("حدود ۱۲۰ خانواده از ینگی قلعه در یک مکتب پناه گرفته‌اند.", "fa")]
    [InlineData("شاوخوا ۱۲۰ کورنیو په یوه ښوونځي کې پناه اخیستې ده.", "ps")]
    [InlineData("لجأت نحو 120 أسرة من ينغي قلعة إلى مدرسة.", "ar")]
    [InlineData("تقریباً 120 خاندانوں نے ایک اسکول میں پناہ لی ہے۔", "ur")]
    [InlineData("Environ 120 familles de Yangi Qala ont trouvé refuge dans une école.", "fr")]
    public void Families_who_took_shelter_are_refugees(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "refugees", 120, "about");

    [Fact]
    public void Soldiers_who_took_refuge_stay_soldiers() =>
        QuantityAssert.Single("About 120 soldiers took refuge in Tajikistan.", "en", "soldiers", 120, "about");

    [Theory]
    [InlineData("300 Afghan border guards crossed the river.", "en")]
    [InlineData("۳۰۰ نفر از نیروهای مرزی افغان از رود گذشتند.", "fa")]
    [InlineData("300 afghanische Grenzsoldaten überquerten den Fluss.", "de")]
    [InlineData("300 афганских пограничников пересекли реку.", "ru")]
    public void The_unit_is_found_across_an_adjective(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 300, "exact");

    [Theory]
    [InlineData("More than 40 policemen surrendered in Yangi Qala.", "en")]
    [InlineData("Plus de 40 policiers se sont rendus à Yangi Qala.", "fr")]
    [InlineData("بیش از ۴۰ پولیس در ینگی قلعه تسلیم شدند.", "fa")]
    [InlineData("أكثر من 40 شرطيا استسلموا في ينغي قلعة.", "ar")]
    public void Police_counted_are_counted_with_the_soldiers(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 40, "more-than");

    [Fact]
    public void Police_only_named_do_not_make_fighters_who_enter_soldiers() =>
        Assert.Equal("territorial-control", CategoryCues.Suggest("Fighters entered the Yangi Qala district, police said.", false, "en").Category);

    [Theory]
    [InlineData("About 1,800 Tajik troops and reservists began drills near Kulob.", "en")]
    [InlineData("Etwa 1800 tadschikische Soldaten und Reservisten begannen ein Manöver bei Kulob.", "de")]
    [InlineData("حدود ۱۸۰۰ سرباز و نیروی ذخیره در نزدیکی کولاب رزمایش را آغاز کردند.", "fa")]
    [InlineData("بدأ نحو 1800 جندي وجندي احتياط مناورات قرب كولاب.", "ar")]
    [InlineData("تقریباً 1800 تاجک فوجیوں اور ریزرو اہلکاروں نے کولاب کے قریب مشقیں شروع کیں۔", "ur")]
    public void Troops_and_reservists_counted_together_are_the_first_named(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 1800, "about");

    [Fact]
    public void Pashto_tens_in_their_oblique_form_are_read() =>
        QuantityAssert.Single("لږ تر لږه شپېتو کورنیو د جګړې له امله خپل کورونه پرېښودل او وتښتېدل.", "ps", "refugees", 60, "at-least");

    [Fact]
    public void People_who_reached_a_town_are_refugees_in_German() =>
        QuantityAssert.Single("Bis zu 900 Menschen aus Jurm haben seit Montag Faisabad erreicht.", "de", "refugees", 900, "up-to");
}
