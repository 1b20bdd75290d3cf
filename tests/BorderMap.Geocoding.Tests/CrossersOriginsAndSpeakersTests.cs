using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Who crosses decides what is counted (people and a country's people who cross are refugees, a group "of them" or counted by a word
/// for persons is soldiers); a sentence that tells of ground taken first and of people moving after it is about the ground taken; a
/// claim is anchored where those who fled or crossed came from, where troops were sent, not where a speaker is (at the head of the
/// sentence or in a closing attribution) nor in a setting that names a village in it. All sentences are constructed for these tests.
/// </summary>
public class CrossersOriginsAndSpeakersTests
{
    [Theory]
    [InlineData("About 220 Afghans from the Ishkashim district crossed into Tajikistan near Khorog.", "en")]
    [InlineData("Etwa 220 Afghanen aus dem Bezirk Ischkaschim gelangten bei Chorugh nach Tadschikistan.", "de")]
    [InlineData("Environ 220 Afghans du district d'Ichkachim sont passés au Tadjikistan.", "fr")]
    [InlineData("Около 220 афганцев из Ишкашимского уезда перешли в Таджикистан.", "ru")]
    [InlineData("Тақрибан 220 афғон аз ноҳияи Ишкошим ба Тоҷикистон гузаштанд.", "tg")]
    [InlineData("حدود ۲۲۰ افغان از ولسوالی اشکاشم وارد تاجیکستان شدند.", "fa")]
    [InlineData("شاوخوا ۲۲۰ افغانان تاجکستان ته واوښتل.", "ps")]
    [InlineData("وعبر نحو ٢٢٠ أفغانيا إلى طاجيكستان.", "ar")]
    [InlineData("تقریباً 220 افغان تاجکستان میں داخل ہوئے۔", "ur")]
    [InlineData("Sekitar 220 warga Afganistan menyeberang ke Tajikistan.", "id")]
    public void People_who_cross_are_counted_as_refugees(string sentence, string language)
    {
        var quantity = QuantityAssert.Single(sentence, language, "refugees", 220, "about");
        Assert.Equal("refugees", CategoryCues.Suggest(sentence, false, language, [quantity]).Category);
    }

    [Theory]
    [InlineData("About 220 of them crossed into Tajikistan overnight.", "en")]
    [InlineData("Тақрибан 220 нафар аз Дарвози Боло убур карданд.", "tg")]
    [InlineData("About 220 Afghan soldiers crossed into Tajikistan overnight.", "en")]
    [InlineData("About 220 Afghans crossed into Tajikistan and were disarmed.", "en")]
    public void A_group_of_them_or_of_persons_or_soldiers_who_cross_are_soldiers(string sentence, string language) =>
        Assert.Equal("soldiers", Assert.Single(NumberFinder.Quantities(sentence, language)).Key);

    [Theory]
    [InlineData("Nearly seventy soldiers withdrew to the provincial capital.", "en", "soldiers", 70, "nearly")]
    [InlineData("Fast siebzig Soldaten zogen sich zurück.", "de", "soldiers", 70, "nearly")]
    [InlineData("Près de soixante-dix soldats se sont repliés.", "fr", "soldiers", 70, "nearly")]
    [InlineData("Hampir tujuh puluh tentara mundur ke ibu kota provinsi.", "id", "soldiers", 70, "nearly")]
    [InlineData("Не менее тридцати семей, перешедших границу, разместили в школе.", "ru", "refugees", 30, "at-least")]
    [InlineData("Ақаллан сӣ оила аз марз гузаштанд.", "tg", "refugees", 30, "at-least")]
    [InlineData("دست‌کم سی خانواده از مرز گذشتند.", "fa", "refugees", 30, "at-least")]
    [InlineData("لږ تر لږه دېرش افغان کورنۍ له پولې اوښتې وې.", "ps", "refugees", 30, "at-least")]
    [InlineData("وقال إن قرابة سبعين من الجنود انسحبوا.", "ar", "soldiers", 70, "nearly")]
    [InlineData("کم از کم تیس افغان خاندان سرحد پار کر کے آئے۔", "ur", "refugees", 30, "at-least")]
    [InlineData("About 2,000 residents of the town have fled.", "en", "refugees", 2000, "about")]
    [InlineData("شاوخوا ۲۰۰۰ اوسېدونکي ښار ته تښتېدلي دي.", "ps", "refugees", 2000, "about")]
    [InlineData("نږدې ۱۰۰۰ روسي پوځیانو تمرینونه وکړل.", "ps", "soldiers", 1000, "nearly")]
    public void Counts_in_words_and_residents_are_read(string sentence, string language, string key, double value, string qualifier) =>
        QuantityAssert.Single(sentence, language, key, value, qualifier);

    [Fact]
    public void Tens_joined_to_ones_are_read_whole() =>
        QuantityAssert.Single("Twenty-five soldiers crossed the river.", "en", "soldiers", 25, "exact");

    [Theory]
    [InlineData("Taliban fighters took the Jurm district on Monday, and 120 Afghan border guards crossed the Panj into Tajikistan.", "en")]
    [InlineData("Боевики захватили уезд Джурм; более 2 тыс. семей бежали в Файзабад.", "ru")]
    [InlineData("Толибон ноҳияи Ҷурмро гирифтанд ва 2000 оила ба Файзобод гурехтанд.", "tg")]
    [InlineData("طالبان ولسوالی جرم را گرفتند و به سوی فیض آباد پیش رفتند.", "fa")]
    public void Ground_taken_first_and_people_moving_after_it_is_about_the_ground(string sentence, string language) =>
        Assert.Equal("territorial-control", Assert.Single(Repository.Proposer.Propose(sentence, language)).Category);

    [Fact]
    public void Soldiers_who_leave_their_posts_and_cross_still_move() =>
        Assert.Equal("troop-movement", Assert.Single(Repository.Proposer.Propose("Government troops abandoned their posts in the Khwahan district, and 80 of them crossed into Tajikistan.", "en")).Category);

    [Theory]
    [InlineData("More than 80 Afghan soldiers from the Khwahan district crossed the Ishkashim bridge into Tajikistan.", "en", "Khwahan")]
    [InlineData("About 220 Afghans from the Ishkashim district crossed into Tajikistan near Khorog.", "en", "Ishkashim")]
    [InlineData("Около 220 афганцев из уезда Ишкашим перешли в Таджикистан у Хорога.", "ru", "Ишкашим")]
    [InlineData("وعبر نحو ٢٢٠ أفغانيا من مديرية إشكاشم إلى طاجيكستان قرب خوروغ.", "ar", "إشكاشم")]
    [InlineData("Environ 220 Afghans du district de Chighnan sont passés au Tadjikistan près de Khorog.", "fr", "Chighnan")]
    public void Those_who_crossed_are_placed_where_they_came_from(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("Nearly 2,000 people, many of them from Imam Sahib, waited at Sher Khan Bandar on Monday.", "en", "Sher Khan Bandar")]
    [InlineData("The Roshtqala district took in more than 100 people from the Shighnan district.", "en", "Roshtqala")]
    public void People_who_wait_somewhere_or_are_taken_in_are_placed_there(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("Up to 200 commandos were flown to Kunduz from Kabul on Friday.", "en", "Kunduz")]
    [InlineData("Bis zu 200 Kommandosoldaten wurden aus Kabul nach Kundus geflogen.", "de", "Kundus")]
    [InlineData("Tajikistan sent 900 troops to Murghob, its district bordering China and the Wakhan corridor.", "en", "Murghob")]
    public void Troops_sent_or_flown_somewhere_stand_there(string sentence, string language, string anchor)
    {
        var proposal = Assert.Single(Repository.Proposer.Propose(sentence, language));
        Assert.Equal(("military-presence", anchor), (proposal.Category, proposal.Mentions.First(m => m.Best.Place.Id == proposal.PlaceId).Text));
    }

    [Theory]
    [InlineData("In Moscow, the defence ministry said the Russian base in Tajikistan was on alert.", "en", "Tajikistan")]
    [InlineData("À Moscou, le ministère de la Défense a annoncé que la base russe au Tadjikistan était en alerte.", "fr", "Tadjikistan")]
    [InlineData("Government forces retook the Tashkan district after two days of fighting, said an army spokesman in Kunduz.", "en", "Tashkan")]
    [InlineData("Правительственные войска отбили уезд Тешкан, сообщил представитель армии в Кундузе.", "ru", "Тешкан")]
    [InlineData("Les talibans ont pris le district de Yamgan, selon un élu joint par téléphone à Faïzabad.", "fr", "Yamgan")]
    public void A_speakers_place_is_no_anchor(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("In Kulob, the bazaar stayed shut on Monday.", "en", "Kulob")]
    [InlineData("In the Wakhan, fighters took Khandud without a fight, a resident said.", "en", "Khandud")]
    [InlineData("В Кулябе и Бохтаре проходят сборы резервистов.", "ru", "Кулябе")]
    public void A_setting_is_the_anchor_unless_it_names_a_village_in_it(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));
}
