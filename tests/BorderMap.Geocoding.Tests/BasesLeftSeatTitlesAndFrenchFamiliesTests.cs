namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's thirty-eighth unseen part (seen39): a base or post named after ground taken, as much
/// said of as the taking, is what the losing side still holds ("took the district, leaving the army only a base"), so the report is of
/// ground taken; Persian names the gazetteer writes with the title of a district's seat of government or of a shrine in front
/// ("مرکز حکومتی درویشان", "زیارت شاه مقصود") are found as running text writes them, without it; French "de" after people who move
/// ("2 000 familles de Darweshan") is their "from"; the word after Pashto "په ورځ" (on the day) is no weekday, which Pashto names before
/// it ("د پنجشنبې په ورځ درایم … ونیول"); French writes a hard g before e as gu ("Guerechk"); a district left is the soldiers' origin when
/// the verb of leaving follows its province ("ولسوالی چاه‌آب ولایت تخار را ترک کرده"). All sentences are constructed for these tests.
/// </summary>
public class BasesLeftSeatTitlesAndFrenchFamiliesTests
{
    [Theory]
    [InlineData("The Taliban seized the Sangin district on Tuesday, leaving the army only a base on the edge of the town, a police officer said.", "en")]
    [InlineData("Die Taliban haben am Dienstag den Bezirk Sangin eingenommen, der Armee bleibt nur ein Stützpunkt am Rand der Stadt, sagte ein Polizist.", "de")]
    [InlineData("طالبان روز سه‌شنبه ولسوالی سنگین را تصرف کردند و برای اردو تنها یک پایگاه در حاشیه شهر باقی مانده است، یک افسر پولیس گفت.", "fa")]
    [InlineData("وقال ضابط في الشرطة إن طالبان استولت يوم الثلاثاء على مديرية سنجين ولم يبق للجيش سوى قاعدة على أطراف البلدة.", "ar")]
    public void A_base_left_to_the_army_after_a_taking_leaves_the_report_ground_taken(string sentence, string language) =>
        Assert.Equal("territorial-control", Assert.Single(Repository.Proposer.Propose(sentence, language)).Category);

    [Fact]
    public void Troops_stationed_before_a_taking_is_told_stay_a_presence() =>
        Assert.Equal("military-presence", Assert.Single(Repository.Proposer.Propose("Tajikistan has stationed 1,000 troops in Kulob since the Taliban took the Khwahan district.", "en")).Category);

    [Theory]
    [InlineData("صدها خانواده از درویشان به لشکرگاه گریخته‌اند.", "fa", "درویشان", "gn:1143901")]
    [InlineData("سلګونه کورنۍ له درویشان څخه لښکرګاه ته تښتېدلې دي.", "ps", "درویشان", "gn:1143901")]
    [InlineData("وفرت مئات الأسر من درويشان إلى لشكر كاه.", "ar", "درويشان", "gn:1143901")]
    [InlineData("خانواده‌ها در نزدیکی شاه مقصود در ولسوالی خاکریز خیمه زده‌اند.", "fa", "شاه مقصود", "gn:1120627")]
    [InlineData("سینکڑوں خاندانوں نے شاہ مقصود کے قریب خیمے لگائے ہیں۔", "ur", "شاہ مقصود", "gn:1120627")]
    public void A_name_the_gazetteer_writes_with_a_seat_or_shrine_title_is_found_without_it(string text, string language, string name, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("Plus de 500 familles de Darweshan, le centre du district de Garmsir, ont fui vers Lashkar Gah, a indiqué un responsable.", "Darweshan")]
    [InlineData("Des centaines de familles de Hafiz Moghul, un village du district de Jurm, ont fui vers Faïzabad.", "Hafiz Moghul")]
    public void French_families_of_a_place_are_anchored_on_the_place_they_fled_from(string sentence, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, "fr"));

    [Theory]
    [InlineData("طالبانو د پنجشنبې په ورځ درایم او ارګو ونیول.", "درایم", "d2:AF.01.1116")]
    [InlineData("طالبانو د شنبې په ورځ چهاردرې ولسوالۍ ونیوله.", "چهاردرې", "d2:AF.24.1404")]
    public void A_name_after_Pashto_on_the_day_is_found(string text, string name, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, "ps", name));

    [Fact]
    public void A_weekday_before_Pashto_on_the_day_is_still_no_place() =>
        Assert.DoesNotContain(Repository.Finder.Find("طالبانو د دوشنبې په ورځ خاش ونیو.", "ps"), m => m.Best.Place.Id == "gn:1221874");

    [Theory]
    [InlineData("GUERECHK, Afghanistan, 3 août (Newswire) - Les talibans tiennent le marché.", "GUERECHK")]
    [InlineData("Les combats ont repris lundi autour de Guerechk, selon la police.", "Guerechk")]
    public void A_French_gu_before_e_is_a_hard_g(string text, string name) =>
        // Gereshk, the town, or Nahr-e Saraj, the district the gazetteer also names Gereshk: which one is the resolver's question.
        Assert.Contains(Repository.PlaceIdFound(text, "fr", name), new[] { "gn:1141540", "d2:AF.10.2302" });

    [Theory]
    [InlineData("حدود ۸۰ سرباز که ولسوالی چاه‌آب ولایت تخار را ترک کرده بودند، از ینگی قلعه از دریای پنج گذشتند.", "fa", "چاه‌آب")]
    [InlineData("Тақрибан 80 сарбоз, ки ноҳияи Чоҳоб-и вилояти Тахор-ро тарк карда буданд, аз Янгиқалъа аз дарёи Панҷ гузаштанд.", "tg", "Чоҳоб")]
    public void Soldiers_who_left_a_district_of_a_province_are_anchored_on_the_district_not_the_town_they_set_off_from(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));
}
