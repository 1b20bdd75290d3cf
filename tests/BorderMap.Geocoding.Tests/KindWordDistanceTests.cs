namespace BorderMap.Geocoding.Tests;

/// <summary>Kind words that stand a word or two apart from the name they qualify, in the word orders of the region's languages.</summary>
public class KindWordDistanceTests
{
    [Theory]
    [InlineData("Dans la province voisine de Balkh, les talibans ont pris le district de Dawlatabad.", "fr", "Balkh")]
    [InlineData("Дар вилояти ҳамсояи Балх Толибон ноҳияи Давлатобод-ро забт карданд.", "tg", "Балх")]
    [InlineData("در ولایت همسایه بلخ، طالبان ولسوالی دولت‌آباد را تصرف کردند.", "fa", "بلخ")]
    [InlineData("پڑوسی صوبے بلخ میں طالبان نے ضلع دولت آباد پر قبضہ کر لیا۔", "ur", "بلخ")]
    [InlineData("In der Nachbarprovinz Balch eroberten die Taliban den Bezirk Daulatabad.", "de", "Balch")]
    public void A_province_word_reaches_over_neighbouring_and_brings_its_district_along(string text, string language, string province)
    {
        var found = Repository.Finder.Find(text, language);
        Assert.Equal("AF-BAL", Assert.Single(found, m => m.Text == province).Best.Place.Id);
        // The province named beside it decides between the two Dawlatabad districts (Balkh's, not Faryab's).
        Assert.Equal("d2:AF.30.1605", Assert.Single(found, m => m.Best.Place.Kind == "district").Best.Place.Id);
    }

    [Theory]
    [InlineData("نږدې ۲۰۰۰ کورنۍ چې د خانقاه او اقچې له ولسوالیو تښتېدلې، شبرغان ته رسېدلې.", "ps", "خانقاه", "اقچې")]
    [InlineData("خانقاہ اور آقچہ کے اضلاع سے فرار ہونے والے خاندان شبرغان پہنچ گئے ہیں۔", "ur", "خانقاہ", "آقچہ")]
    public void A_plural_district_word_after_a_postposition_names_the_whole_list(string text, string language, string first, string second)
    {
        var found = Repository.Finder.Find(text, language);
        Assert.Equal("d2:AF.31.1710", Assert.Single(found, m => m.Text == first).Best.Place.Id);
        Assert.Equal("d2:AF.31.1706", Assert.Single(found, m => m.Text == second).Best.Place.Id);
    }

    [Fact]
    public void A_single_name_before_a_postposed_district_word_owns_the_districts() =>
        // "Badakhshan's districts Yamgan and …": the province, not a district of its name.
        Assert.Equal("AF-BDS", Repository.PlaceIdFound("طالبان نے بدخشان کے اضلاع یمگان پر قبضہ کر لیا۔", "ur", "بدخشان"));

    [Fact]
    public void Pashto_wraps_the_district_word_in_its_circumposition() =>
        Assert.Equal("d2:TJ.01.8220897", Repository.PlaceIdFound("تاجک پوله ساتو د مرغاب په ولسوالۍ کې خپلې پوستې پیاوړې کړې.", "ps", "مرغاب"));

    [Fact]
    public void A_short_word_beside_a_district_word_may_be_guessed_by_its_consonants() =>
        // Arabic writes Persian گ as ك: "بنكي" is Bangi (Takhar), which the gazetteer has only in Latin script.
        Assert.Equal("d2:AF.26.1202", Repository.PlaceIdFound("وفرت أسر من مديرية بنكي إلى طالقان.", "ar", "بنكي"));

    [Theory]
    [InlineData("سرکاری فورسز نے ضلع تشکان واپس لے لیا، قندوز میں فوج کے ایک ترجمان نے کہا۔", "ur", "قندوز", "gn:1135689")]
    [InlineData("جنګیالي د مردیان او منګجک ولسوالیو ته ننوتل او د اقچې ښار او مزار شریف ترمنځ لار یې پرې کړه.", "ps", "مزار شریف", "gn:1133616")]
    public void A_list_s_district_word_does_not_make_a_province_capital_a_district(string text, string language, string name, string town) =>
        Assert.Equal(town, Repository.PlaceIdFound(text, language, name));

    [Fact]
    public void A_district_word_past_an_Arabic_script_comma_is_no_cue_for_an_unknown_word() =>
        // "surrendered, the district governor said": شول (became) is no district.
        Assert.DoesNotContain(Repository.Finder.Find("له ۶۰ ډېر سرتېري له خپلو وسلو سره تسلیم شول، ولسوال وویل.", "ps"), m => m.Text == "شول");
}
