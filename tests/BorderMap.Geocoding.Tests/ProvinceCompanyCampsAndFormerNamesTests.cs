namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of wrong places of the wire evaluation's thirty-eighth unseen part (round 39): a name shared by a province and its
/// capital is the province when it is listed with a province or opens a sentence about the province's districts; a base named after a
/// place ("Camp Shorabak") is no place; a Russian town named by an adjective declines as one («под Московским» is no Moscow); a
/// family name made with "زاده"; the conjunction «و» ends no name; a Pashto word before a light verb; a shrine's word before a
/// village named after its saint; Russian participles of taking. All sentences are constructed for these tests.
/// </summary>
public class ProvinceCompanyCampsAndFormerNamesTests
{
    private const string KandaharProvince = "AF-KAN";
    private const string KunduzProvince = "AF-KDZ";
    private const string KunduzCity = "gn:1135689";
    // GeoNames' Moskva (also Moskovskiy) by the Panj, one place with Chubek (DuplicateTowns): the town seen19's labels name.
    private const string MoskovskiyOnThePanj = "gn:1221997";

    [Theory]
    [InlineData("Fighters now hold at least nine districts in Helmand and Kandahar, officials said.", "en", "Kandahar")]
    [InlineData("Les talibans tiennent au moins neuf districts dans le Helmand et à Kandahar.", "fr", "Kandahar")]
    [InlineData("وتسيطر طالبان على تسع مديريات في هلمند وقندهار.", "ar", "وقندهار")]
    public void A_capitals_name_listed_with_a_province_is_the_province(string text, string language, string name) =>
        Assert.Equal(KandaharProvince, Repository.PlaceIdFound(text, language, name));

    [Fact]
    public void A_capitals_name_listed_with_another_capital_stays_the_city() =>
        Assert.Equal(KunduzCity, Repository.PlaceIdFound("Fighting was reported in Kunduz and Taloqan on Monday.", "en", "Kunduz"));

    [Theory]
    [InlineData("In Kunduz, the Taliban took the Chahar Dara district on Saturday.", "en", "Kunduz", KunduzProvince)]
    [InlineData("Di Kunduz, Taliban merebut distrik Chahar Dara pada hari Sabtu.", "id", "Kunduz", KunduzProvince)]
    [InlineData("In Kandahar nahmen die Taliban am Montag den Bezirk Zhari ein.", "de", "Kandahar", KandaharProvince)]
    public void A_capitals_name_opening_a_sentence_about_its_provinces_district_is_the_province(string text, string language, string name, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("In Kunduz, residents said the bazaar had reopened.")] // no district: the city's bazaar
    [InlineData("In Kunduz, the Taliban shelled the airport on Saturday.")]
    [InlineData("Kunduz fell to the Taliban after the Chahar Dara district was overrun.")] // a capital taken is the city
    public void A_capitals_name_without_a_district_after_its_opening_stays_the_city(string text) =>
        Assert.Equal(KunduzCity, Repository.PlaceIdFound(text, "en", "Kunduz"));

    [Theory]
    [InlineData("The army flew commandos from Camp Shorabak to Lashkar Gah.", "en")]
    [InlineData("Армия перебросила бойцов из лагеря «Шорабак» в Лашкаргах.", "ru")]
    [InlineData("اردو کماندويان له شورابک کمپ څخه لښکرګاه ته یوړل.", "ps")]
    [InlineData("ارتش کماندوها را از کمپ شورابک به لشکرگاه برد.", "fa")]
    public void A_base_named_after_a_district_is_no_place(string text, string language)
    {
        var found = Repository.Finder.Find(text, language);
        Assert.DoesNotContain(found, m => m.Best.Place.Id == "d2:AF.23.2410");
        Assert.Contains(found, m => m.Best.Place.Id == "gn:1134720");
    }

    [Fact]
    public void A_camp_the_gazetteer_holds_is_found_whole() =>
        Assert.Equal("cur:camp-marmal", Repository.PlaceIdFound("The German soldiers left Camp Marmal near Mazar-i-Sharif.", "en", "Camp Marmal"));

    [Fact]
    public void A_Russian_case_form_of_a_town_named_by_an_adjective_is_the_town_not_Moscow() =>
        Assert.Equal(MoskovskiyOnThePanj, Repository.PlaceIdFound("Афганские военные, переправившиеся из Чахаба, задержаны под Московским.", "ru", "Московским"));

    [Fact]
    public void A_Russian_case_form_of_Moscow_stays_Moscow() =>
        Assert.Equal("gn:524901", Repository.PlaceIdFound("Переговоры прошли в Москве.", "ru", "Москве"));

    [Theory]
    [InlineData("راپور: بشیر نادعلي زاده په لښکرګاه کې", "ps")]
    [InlineData("رپورٹنگ: بشیر نادعلی زادہ، لشکر گاہ؛ ادارت: ایان مارش", "ur")]
    public void A_family_name_made_with_zada_is_no_place(string text, string language) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, language), m => m.Best.Place.Id is "gn:1132550" or "d2:AF.10.2308");

    [Fact]
    public void A_name_does_not_end_in_the_conjunction_and() =>
        Assert.Equal("d2:TJ.02.1220445", Repository.PlaceIdFound("سربازان ذخیره در ناحیه‌های سوویت و مؤمن‌آباد فراخوانده شدند.", "fa", "سوویت"));

    [Fact]
    public void A_name_with_the_conjunction_inside_is_still_found() =>
        Assert.Equal("d2:AF.01.1104", Repository.PlaceIdFound("طالبان ولسوالی کران و منجان را گرفتند.", "fa", "کران و منجان"));

    [Fact]
    public void A_Pashto_word_before_a_light_verb_is_no_place() =>
        Assert.DoesNotContain(Repository.Finder.Find("طالبانو د کندهار پر زندان برید وکړ او سلګونه بندیان یې خوشې کړل", "ps"), m => m.Text == "خوشې");

    [Fact]
    public void A_shrine_word_before_a_village_named_after_its_saint_stays_outside_the_name() =>
        Assert.Equal("gn:1120627", Repository.PlaceIdFound("خانواده‌ها از ولسوالی خاکریز، جای زیارت شاه مقصود، گریخته‌اند.", "fa", "شاه مقصود"));

    [Fact]
    public void A_seat_after_a_Russian_participle_of_taking_is_the_district() =>
        Assert.Equal("d2:AF.10.2306", Repository.PlaceIdFound("Боевики, взявшие Навзад, Наде-Али и Мианешин, контролируют девять уездов.", "ru", "Навзад"));
}
