using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Counts by class, in every language that writes them so: more of a group already named ("12 more are expected"), compound number
/// words, a thousand and its hundreds in words, estimates written before a comma or onto the number, ranges in words that share their
/// high end's thousands, thousands marks of every script, a unit a few words after the number, and what is never a count (a date, a
/// year, an ordinal, a name). All sentences are constructed for these tests.
/// </summary>
public class MoreOfAGroupCompoundsAndEstimatesTests
{
    [Theory]
    [InlineData("They were disarmed at a post, and a maximum of 12 more are expected to follow, it said.", "en")]
    [InlineData("Sie wurden an einem Posten entwaffnet; höchstens 12 weitere würden erwartet, hieß es.", "de")]
    [InlineData("Mereka dilucuti di sebuah pos, dan paling banyak 12 orang lagi diperkirakan akan menyusul.", "id")]
    [InlineData("وأضاف أنهم جُرّدوا من أسلحتهم في موقع قريب، وأنه يُتوقع وصول 12 آخرين على الأكثر.", "ar")]
    [InlineData("آنان در پاسگاهی خلع سلاح شدند و انتظار می‌رود حداکثر ۱۲ نفر دیگر نیز بیایند.", "fa")]
    [InlineData("Онҳоро дар як посгоҳ беярақ карданд ва на бештар аз 12 нафари дигар интизор мераванд.", "tg")]
    [InlineData("Их разоружили на заставе, и ожидается ещё не более 12 человек.", "ru")]
    [InlineData("هغوی په یوه پوسته کې بې وسلې شول او ډېر نه ډېر ۱۲ نور کسان هم تمه کېږي.", "ps")]
    public void More_of_a_disarmed_group_expected_are_soldiers_not_people_waiting(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 12, "up-to");

    [Theory]
    [InlineData("The soldiers were disarmed at the bridge; another 12 crossed later.", "en")]
    [InlineData("Военнослужащих разоружили у моста, позже ещё 12 переправились через реку.", "ru")]
    [InlineData("Военнослужащих разоружили у моста, позже переправились ещё 12.", "ru")]
    [InlineData("Die Soldaten wurden an der Brücke entwaffnet, am Abend kamen weitere 12.", "de")]
    [InlineData("Die Soldaten wurden an der Brücke entwaffnet, später setzten weitere 12 über.", "de")]
    [InlineData("Les soldats ont été désarmés au pont ; encore 12 ont traversé plus tard.", "fr")]
    [InlineData("سپاہیوں کو پل پر غیر مسلح کیا گیا، بعد میں مزید 12 پار کر گئے۔", "ur")]
    public void Another_count_with_no_noun_is_more_of_the_disarmed_group(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 12, "exact");

    [Theory]
    [InlineData("Sekurang-kurangnya 300 tentara menyeberangi sungai.", "id", "at-least")]
    [InlineData("Geschätzte 300 Soldaten überquerten den Fluss.", "de", "about")]
    [InlineData("По некоторым оценкам, 300 военнослужащих пересекли реку.", "ru", "about")]
    [InlineData("На кам аз 300 сарбоз аз дарё гузаштанд.", "tg", "at-least")]
    [InlineData("کمابیش ۳۰۰ سرباز از رود گذشتند.", "fa", "about")]
    [InlineData("بالاتر از ۳۰۰ سرباز از رود گذشتند.", "fa", "more-than")]
    [InlineData("کابو ۳۰۰ سرتېري له سیند څخه واوښتل.", "ps", "about")]
    [InlineData("قدر عددهم بنحو 300 جندي عبروا النهر.", "ar", "about")]
    [InlineData("Un maximum de 300 soldats ont traversé la rivière.", "fr", "up-to")]
    public void Qualifiers_with_a_clitic_or_in_their_other_forms(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", 300, qualifier);

    [Fact]
    public void People_waiting_to_cross_are_still_refugees() =>
        QuantityAssert.Single("شاوخوا ۳۰۰ کسان د سیند د اوښتو اجازې ته په تمه وو.", "ps", "refugees", 300, "about");

    [Theory]
    [InlineData("Eine Sportschule beherbergt nun zweiundsechzig afghanische Familien.", "de", 62)]
    [InlineData("Спортивная школа приютила шестьдесят две афганские семьи.", "ru", 62)]
    [InlineData("مدرسة رياضية في المدينة تؤوي الآن اثنتين وستين أسرة أفغانية.", "ar", 62)]
    [InlineData("A sports school now shelters sixty-two Afghan families.", "en", 62)]
    [InlineData("یک مکتب ورزشی اکنون به بیست و پنج خانواده افغان پناه داده است.", "fa", 25)]
    [InlineData("Як мактаби варзишӣ акнун ба бисту панҷ оилаи афғон паноҳ додааст.", "tg", 25)]
    [InlineData("Двадцать пять семей укрылись в школе.", "ru", 25)]
    [InlineData("یوه ښوونځي اوس دوه شپېتو افغان کورنیو ته پناه ورکړې.", "ps", 62)]
    public void Compound_number_words_are_one_count(string text, string language, double value) =>
        QuantityAssert.Single(text, language, "refugees", value, "exact");

    [Theory]
    [InlineData("شاوخوا یو زر او پنځه سوه کسان د سیند د اوښتو اجازې ته په تمه وو.", "ps", 1500, "about")]
    [InlineData("About one thousand five hundred people fled to the border.", "en", 1500, "about")]
    [InlineData("Some twenty-five hundred people fled to the border.", "en", 2500, "about")]
    [InlineData("یک هزار و پانصد نفر به مرز گریختند.", "fa", 1500, "exact")]
    public void A_thousand_and_its_hundreds_in_words_are_one_count(string text, string language, double value, string qualifier) =>
        QuantityAssert.Single(text, language, "refugees", value, qualifier);

    [Theory]
    [InlineData("По оценкам, 230 солдат и полицейских оборонявших район сдались.", "ru", "soldiers", 230)]
    [InlineData("وأضاف أن ما يقدر بـ230 جنديا وشرطيا كانوا يدافعون عن المديرية.", "ar", "soldiers", 230)]
    [InlineData("An estimated 230 soldiers and police had defended the district.", "en", "soldiers", 230)]
    [InlineData("کمیته گفت کم‌وبیش ۱۵۰ افغان که از رود گذشتند، در خیمه‌ها به سر می‌برند.", "fa", "refugees", 150)]
    [InlineData("Тақрибан 150 афғоне, ки аз дарё гузаштанд, дар хаймаҳо зиндагӣ мекунанд.", "tg", "refugees", 150)]
    [InlineData("وقال إن زهاء 450 رجلا استدعوا إلى الخدمة.", "ar", "reservists", 450)]
    public void Estimates_before_a_comma_or_written_onto_the_number_are_about(string text, string language, string key, double value) =>
        QuantityAssert.Single(text, language, key, value, "about");

    [Theory]
    [InlineData("Sebanyak-banyaknya 180 tentara yang sebelumnya mempertahankan distrik itu menyerah.", "id", "soldiers", 180, "up-to")]
    [InlineData("له ۳۰۰ څه ډېرو کورنیو ښار پرېښود او کندز ته لاړې.", "ps", "refugees", 300, "more-than")]
    [InlineData("بازار پر راکٹ گرنے کے بعد قصبے کے کم سے کم 400 باشندے فرار ہو گئے۔", "ur", "refugees", 400, "at-least")]
    [InlineData("د ولسوالیو څخه ۲۵۰۰ زېرمه سرتېري وغوښتل شول.", "ps", "reservists", 2500, "exact")]
    public void Qualifiers_and_nouns_of_one_language(string text, string language, string key, double value, string qualifier) =>
        QuantityAssert.Single(text, language, key, value, qualifier);

    [Theory]
    [InlineData("Two to three thousand soldiers massed at the border.", "en")]
    [InlineData("دو تا سه هزار سرباز در مرز جمع شدند.", "fa")]
    [InlineData("От двух до трёх тысяч военнослужащих стянуты к границе.", "ru")]
    public void Ranges_in_words_share_their_high_ends_thousands(string text, string language)
    {
        var quantities = NumberFinder.Quantities(text, language);
        Assert.Equal([("soldiers", 2000.0, "at-least"), ("soldiers", 3000.0, "up-to")], quantities.Select(q => (q.Key, q.Value, q.Qualifier)));
    }

    [Theory]
    [InlineData("۱٬۰۳۷ سرباز افغان از مرز گذشتند.", "fa", "soldiers", 1037)]
    [InlineData("١٬٠٣٧ جنديا أفغانيا عبروا الحدود.", "ar", "soldiers", 1037)]
    [InlineData("20 000 réservistes ont été appelés.", "fr", "reservists", 20000)]
    [InlineData("20 000 резервистов призваны.", "ru", "reservists", 20000)]
    [InlineData("1,037 Afghan servicemen crossed the border.", "en", "soldiers", 1037)]
    [InlineData("Tajikistan called up 20,000 reserve troops.", "en", "reservists", 20000)]
    [InlineData("20.000 in der vergangenen Woche einberufene Reservisten stehen an der Grenze.", "de", "reservists", 20000)]
    public void Thousands_marks_of_every_script_and_units_a_few_words_on(string text, string language, string key, double value) =>
        QuantityAssert.Single(text, language, key, value, "exact");

    [Theory]
    [InlineData("Soldiers of the 201st base held drills near Shahritus.", "en")]
    [InlineData("Военнослужащие 201-й военной базы провели учения.", "ru")]
    [InlineData("Сарбозони пойгоҳи 201-уми низомӣ машқ карданд.", "tg")]
    [InlineData("201 ویں فوجی اڈے کے روسی اہلکاروں نے مشقیں کیں۔", "ur")]
    [InlineData("د ۲۰۱ پوځي اډې روسي سرتېرو تمرینونه وکړل.", "ps")]
    [InlineData("On 5 July 2021 soldiers crossed the river.", "en")]
    [InlineData("15 июля 2021 военнослужащие пересекли реку.", "ru")]
    [InlineData("د زرمت ولسوالۍ سرتېري وتښتېدل.", "ps")]
    [InlineData("یو زرغون باغ د سرتېرو تر څنګ و.", "ps")]
    [InlineData("Fighting spread to Chahar Dara, where soldiers were seen.", "en")]
    public void No_count_from_an_ordinal_a_date_a_year_or_a_name(string text, string language) =>
        Assert.Empty(NumberFinder.Quantities(text, language));

    [Theory]
    [InlineData("201 ویں فوجی اڈے کے تقریباً 1,000 روسی فوجی مشقوں میں شریک ہوئے۔", "ur", 1000, "about")]
    [InlineData("Около 1000 военнослужащих 201-й военной базы провели учения.", "ru", 1000, "about")]
    [InlineData("د ۲۰۱ پوځي اډې شاوخوا ۲۰۰۰ پوځیان په تمرینونو کې برخه اخلي.", "ps", 2000, "about")]
    public void The_count_after_a_numbered_base_is_its_soldiers(string text, string language, double value, string qualifier)
    {
        var soldiers = NumberFinder.Quantities(text, language).First(q => q.Key == "soldiers");
        Assert.Equal((value, qualifier), (soldiers.Value, soldiers.Qualifier));
    }
}
