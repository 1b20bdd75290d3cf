namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of wrong places of the wire evaluation's round-28 part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): an everyday noun of a caption read as a far-off town, a generic word beside a district word read
/// as a district whose own name ends in a kind word of another kind, a Pashto district word after "له" that was left to no name, and a
/// district the gazetteer writes as one Latin word ("Sangcharak") that the text writes in Perso-Arabic script under a district word,
/// a province read as its namesake district through a district word (and its verb) that belongs to the names after it, and the Tajik
/// word for a governor read as a place.
/// </summary>
public class DistrictWordsAndCaptionNounsTests
{
    private const string Sangcharak = "d2:AF.33.3102";

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id;

    [Theory]
    [InlineData("FOTO: Eine Frau holt Wasser an einem Brunnen in einem Lager bei Kundus, 2. August 2021.", "de", "Wasser")]
    [InlineData("انځور: یوه ښځه د کندز ښار بهر په یوه کمپ کې له څاه اوبه راوړي.", "ps", "اوبه")]
    [InlineData("وقال مسؤول إن المسلحين سيطروا على مركزي المديريتين في ولاية قندوز.", "ar", "مركزي")]
    [InlineData("وقال شيوخ إن المقاتلين دخلوا البلدة دون قتال صباح الاثنين.", "ar", "قتال")]
    public void Everyday_nouns_are_no_places(string text, string language, string word) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Text.StartsWith(word, StringComparison.Ordinal));

    [Fact]
    public void A_word_beside_a_district_word_is_no_district_whose_name_ends_in_a_town_word_nor_one_a_letter_off_far_away()
    {
        // "Kala Shahrak" is Ghor's Shahrak district ("shahrak": township); "Qala" (a fort) beside "district" is not that name.
        // Nor is it Qalat, a district of Zabul one letter off, far from the border the reports are about.
        var mentions = Repository.Finder.Find("Elders said the Qala district road was closed after the fighting near Sar-e Pul.", "en");
        Assert.DoesNotContain(mentions, m => m.Best.Place.Id is "d2:AF.09.2702" or "d2:AF.28.2501");
    }

    [Theory]
    [InlineData("سلګونه کورنۍ د دشت ارچي له ولسوالۍ د کندز ښار ته تښتېدلې دي.", "دشت ارچي", "d2:AF.24.1407")]
    [InlineData("چارواکو وویل چې د صیاد له ولسوالۍ نږدې ۲۰۰ کورنۍ سرپل ته رسېدلې دي.", "صیاد", "d2:AF.33.3106")]
    public void A_pashto_district_word_after_le_is_the_names_before_it(string text, string name, string id) =>
        Assert.Equal(id, IdOf(text, "ps", name));

    [Theory]
    [InlineData("طالبان دیروز ولسوالی سنگچارک را در ولایت سرپل گرفتند.", "fa", "سنگچارک")]
    [InlineData("د سنګچارک په ولسوالۍ کې سخته جګړه روانه ده.", "ps", "سنګچارک")]
    [InlineData("طالبان نے ضلع سنگ چارک پر قبضہ کر لیا۔", "ur", "سنگ چارک")]
    public void A_district_written_as_one_latin_word_is_the_district_a_district_word_names(string text, string language, string name) =>
        Assert.Equal(Sangcharak, IdOf(text, language, name));

    [Theory]
    [InlineData("در بغلان ولسوالی‌های نهرین و ده صلاح روز جمعه سقوط کردند.", "fa", "بغلان")]
    [InlineData("در بغلان ولسوالی های نهرین و ده صلاح روز جمعه سقوط کردند.", "fa", "بغلان")]
    [InlineData("Di Baghlan, distrik Nahrin dan Deh Salah jatuh pada Jumat, kata seorang pejabat.", "id", "Baghlan")]
    [InlineData("بغلان میں ضلع نہرین پر قابض فوجیوں نے جمعہ کو ہتھیار ڈال دیے۔", "ur", "بغلان")]
    public void A_province_before_a_district_word_that_opens_the_next_names_is_the_province(string text, string language, string name) =>
        Assert.Equal("AF-BGL", IdOf(text, language, name));

    [Fact]
    public void A_tajik_governor_is_no_place_and_names_his_province()
    {
        // "Волии" (the governor of) spells The Valley, Anguilla's capital, the Tajik way.
        var mentions = Repository.Finder.Find("Волии Бадахшон гуфт, ки толибон ба Файзобод наздик шудаанд.", "tg");
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Волии", StringComparison.Ordinal));
        Assert.Equal("AF-BDS", Assert.Single(mentions, m => m.Text == "Бадахшон").Best.Place.Id);
    }

    [Fact]
    public void A_tajik_title_alone_is_no_far_off_town()
    {
        // "Хоҷа" (master) begins Khwaja Du Koh; alone it spells Khazha, a village of Nangarhar.
        var mentions = Repository.Finder.Find("Ҳукумат гуфт, ки сарбозон аз Хоҷа Дукӯҳ ба Шибирғон рафтанд.", "tg");
        Assert.DoesNotContain(mentions, m => m.Best.Place.Id == "gn:1137548");
    }
}
