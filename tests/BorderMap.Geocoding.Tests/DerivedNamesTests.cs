using BorderMap.Core.Geocoding;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Perso-Arabic spellings derived by rule for the border provinces' districts and villages that the sources name only in Latin or
/// Tajik script: the rule itself, and that running Persian, Pashto and Urdu text now finds the places (the Tajik Farkhor written
/// as Persians write it, the Badakhshan district Khash rather than the Nimroz town of that Persian name); and a bridge named after
/// the town at its end, in that town's spelling of each script.
/// </summary>
public class DerivedNamesTests
{
    [Theory]
    [InlineData("Namak Āb", "نمک آب")]
    [InlineData("Khwājah Ghār", "خواجه غار")]
    [InlineData("Dasht-e Qal‘ah", "دشت قلعه")]
    [InlineData("Bangī", "بنگی")]
    [InlineData("Wardūj", "وردوج")]
    [InlineData("Yamgān", "یمگان")]
    public void A_GeoNames_name_gives_its_Persian_spelling_by_the_long_vowels_it_marks(string latin, string persian) =>
        Assert.Equal(persian, DerivedNames.FromLatin(latin)[0]);

    [Theory]
    [InlineData("Namak Āb")]
    [InlineData("Yamgān")]
    [InlineData("Bangī")]
    public void A_name_that_marks_its_long_vowels_has_one_reading(string latin) => Assert.Single(DerivedNames.FromLatin(latin));

    [Theory]
    [InlineData("Yavan", "یاون")]
    [InlineData("Tavildara", "تاویلدره")]
    public void A_Latin_name_that_marks_no_long_vowel_is_also_read_with_its_first_a_and_i_long(string latin, string persian)
    {
        var readings = DerivedNames.FromLatin(latin);
        Assert.Contains(persian, readings);
        Assert.InRange(readings.Count, 2, 4);
    }

    // A Tajik district as an Urdu or Arabic writer spells it, with the long vowels the Latin name leaves unmarked, and outside the
    // provinces on the border (Tavildara is in the Region of Republican Subordination).
    [Theory]
    [InlineData("وزارت دفاع نے بتایا کہ ختلان میں ضلع یاون کے ریزرو فوجی طلب کیے گئے۔", "ur", "یاون", "d2:TJ.02.1220107")]
    [InlineData("تاجکستان نے ضلع تاویلدرہ میں بھی ریزرو فوجی طلب کیے۔", "ur", "تاویلدرہ", "d2:TJ.RR.7670495")]
    [InlineData("واستدعت طاجيكستان جنود الاحتياط في مديرية تاويلدره.", "ar", "تاويلدره", "d2:TJ.RR.7670495")]
    [InlineData("واستدعت طاجيكستان جنود الاحتياط في مديرية يافان.", "ar", "يافان", "d2:TJ.02.1220107")]
    [InlineData("بلنه د تاجکستان د تویلدره او رشت غرنیو ولسوالیو ته ورسېده.", "ps", "تویلدره", "d2:TJ.RR.7670495")]
    public void A_Tajik_district_written_with_its_long_vowel_is_found(string text, string language, string name, string id) =>
        Assert.Equal(id, IdOf(text, language, name));

    // Rogun, a district of a derived province, gets its Persian spelling رگن, but not the Arabic form of that guess, ركن, which is a
    // member in Urdu and a corner or staff ("رئيس الأركان") in Arabic.
    [Theory]
    [InlineData("پارلیمان کے ایک رکن نے بتایا کہ سرحد بند ہے۔", "ur", "رکن")]
    [InlineData("قال ركن في الجيش إن الحدود مغلقة.", "ar", "ركن")]
    public void A_common_word_is_not_made_a_place(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text == word);

    [Theory]
    [InlineData("Мурғоб", "مرغاب")]
    [InlineData("Рузвай", "روزوی")]
    [InlineData("Фархор", "فرخار")]
    [InlineData("Ванҷ", "ونج")]
    public void A_Tajik_name_gives_the_Persian_spellings_it_may_stand_for(string tajik, string persian) =>
        Assert.Contains(persian, DerivedNames.FromTajik(tajik));

    [Theory]
    [InlineData("لنگر", "لنغر")]
    [InlineData("کوکچه", "کوکجه")]
    [InlineData("پامیر", "بامیر")]
    [InlineData("چال", "تشال")]
    public void A_Persian_name_gives_the_forms_Arabic_writes_for_letters_it_lacks(string persian, string arabic) =>
        Assert.Contains(arabic, DerivedNames.ArabicSpellings(persian));

    [Fact]
    public void A_derived_spelling_that_is_a_number_word_is_not_made()
    {
        var panj = Repository.Gazetteer.Find("d2:TJ.02.8221276")!;
        Assert.DoesNotContain(panj.AllNames, n => n.Text == "پنج");
    }

    [Theory]
    [InlineData("تاجیکستان در ناحیه پنج نیرو فراخواند.", "fa")]
    [InlineData("تاجکستان نے ضلع پنج میں فوجی طلب کر لیے۔", "ur")]
    [InlineData("تاجکستان د پنج ولسوالۍ کې سرتېري راوغوښتل.", "ps")]
    public void A_number_word_beside_a_district_word_is_the_district(string text, string language) =>
        Assert.Equal("d2:TJ.02.8221276", IdOf(text, language, "پنج"));

    [Fact]
    public void A_number_word_without_a_kind_word_stays_a_number() =>
        Assert.Null(IdOf("پنج سرباز از مرز گذشتند.", "fa", "پنج"));

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id;

    [Theory]
    [InlineData("طالبان روز شنبه کران و منجان، درایم و خاش را در بدخشان گرفتند.", "fa", "خاش", "d2:AF.01.1118")]
    [InlineData("مرزبانان تاجیک افغان‌ها را روبروی ناحیه فرخار در ختلان بازگرداندند.", "fa", "فرخار", "d2:TJ.02.8221284")]
    [InlineData("طالبانو په تخار کې نمک آب او بنګي ونیول.", "ps", "نمک آب", "d2:AF.26.1217")]
    [InlineData("تاجکستان نے گورنو بدخشاں کے ضلع ونج میں فوجی طلب کیے۔", "ur", "ونج", "d2:TJ.01.1220206")]
    [InlineData("وقال أحد سكان لنغر على الضفة الطاجيكية إن المقاتلين وصلوا.", "ar", "لنغر", "cur:langar-wakhan")]
    public void Running_text_finds_a_place_by_its_derived_spelling(string text, string language, string name, string id) =>
        Assert.Equal(id, IdOf(text, language, name));

    [Theory]
    [InlineData("Soldiers crossed the Khorog bridge at night.", "en", "Khorog bridge")]
    [InlineData("Soldaten überquerten die Brücke von Chorog.", "de", "Brücke von Chorog")]
    [InlineData("سربازان از پل خاروغ گذشتند.", "fa", "پل خاروغ")]
    [InlineData("عبر الجنود جسر خوروغ ليلا.", "ar", "جسر خوروغ")]
    [InlineData("Les soldats ont franchi le pont de Khorog.", "fr", "pont de Khorog")]
    [InlineData("Tentara menyeberangi jembatan Khorog pada malam hari.", "id", "jembatan Khorog")]
    public void A_bridge_named_after_its_town_is_the_crossing_in_every_script(string text, string language, string name) =>
        Assert.Equal("cur:tem-demogan-bridge", IdOf(text, language, name));

    [Theory]
    [InlineData("Les soldats sont passés par le pont d'Ichkachim.", "fr", "pont d'Ichkachim", "cur:ishkashim-bridge")]
    [InlineData("نږدې ۴۰۰ افغانان د پنج پایان پل په سویلي سر کې انتظار باسي.", "ps", "پنج پایان پل", "cur:panji-poyon-bridge")]
    [InlineData("Қариб 400 афғон дар канори пули Панҷи Поён интизоранд.", "tg", "пули Панҷи Поён", "cur:panji-poyon-bridge")]
    public void A_bridge_named_after_either_town_is_the_crossing_and_French_elides_before_a_vowel(string text, string language, string name, string id) =>
        Assert.Equal(id, IdOf(text, language, name));
}
