namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's thirty-seventh unseen part (seen38): soldiers counted in the clause that times a
/// taking ("seized … after some 40 soldiers withdrew") are its background, and "occupied" takes ground in German and Indonesian too;
/// a German cue found again inside its own compound ("flohen" in "geflohen") counts once; soldiers who left a district and crossed a
/// bridge "from" the town at its end are anchored on the district; Persian and Tajik "outside" joined to a place by "from" ("بیرون از",
/// "берун аз") is where people stay, not where they came from; a Persian plural kind word ("ناحیه‌های") leaves the direction before
/// it to its names; Pashto joins a district's two names with "او" where Persian writes "و" ("کران او منجان"); Arabic "عبر" before a
/// medium ("عبر الهاتف", by telephone) is "via", no crossing. All sentences are constructed for these tests.
/// </summary>
public class TimingCountsBridgeEndsAndPashtoAndTests
{
    [Theory]
    [InlineData("The Taliban seized the Arghandab district after some 60 soldiers withdrew to Kandahar city, a police official said.", "en")]
    [InlineData("Талибы заняли уезд Аргандаб после того, как около 60 военнослужащих отошли в Кандагар, сообщил полицейский.", "ru")]
    [InlineData("وقال مسؤول في الشرطة إن طالبان سيطرت على مديرية أرغنداب بعد أن انسحب نحو 60 جنديا إلى مدينة قندهار.", "ar")]
    [InlineData("طالبان نے ضلع ارغنداب پر قبضہ کر لیا جب تقریباً 60 فوجی شہر قندھار کی طرف پیچھے ہٹ گئے، پولیس نے کہا۔", "ur")]
    [InlineData("Die Taliban haben den Bezirk Arghandab besetzt, nachdem sich rund 60 Soldaten nach Kandahar zurückgezogen hatten.", "de")]
    [InlineData("Taliban menduduki distrik Arghandab setelah sekitar 60 tentara mundur ke kota Kandahar, kata seorang polisi.", "id")]
    public void Soldiers_counted_in_the_clause_that_times_a_taking_leave_it_ground_taken(string sentence, string language) =>
        Assert.Equal("territorial-control", Assert.Single(Repository.Proposer.Propose(sentence, language)).Category);

    [Fact]
    public void Soldiers_counted_after_the_clause_that_times_their_crossing_still_move() =>
        Assert.Equal("troop-movement", Assert.Single(Repository.Proposer.Propose("After the Taliban took Darqad, 120 soldiers crossed the Panj into Tajikistan.", "en")).Category);

    [Fact]
    public void A_German_cue_inside_its_own_compound_counts_once() =>
        Assert.Equal("refugees", Assert.Single(Repository.Proposer.Propose("Viele Bewohner von Jurm, die vor den Kämpfen geflohen sind, leben in Zelten am Stadtrand von Faisabad.", "de")).Category);

    [Theory]
    [InlineData("Some 80 Afghan soldiers who left their posts in the Khanabad district crossed the Panji Poyon bridge from Sher Khan Bandar and were held near Panji Poyon.", "en", "Khanabad")]
    [InlineData("Sekitar 80 tentara Afghanistan yang meninggalkan pos mereka di distrik Khanabad menyeberangi jembatan Panji Poyon dari Sher Khan Bandar.", "id", "Khanabad")]
    [InlineData("Etwa 80 afghanische Soldaten, die ihre Posten im Bezirk Khanabad verlassen hatten, überquerten von Scher Chan Bandar aus die Brücke von Pandschi Pojon.", "de", "Khanabad")]
    public void Soldiers_who_crossed_a_bridge_from_its_end_are_anchored_on_the_district_they_left(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("Беш аз 200 сокини ноҳияи Хоҳон, ки аз Панҷ гурехта гузаштаанд, дар хаймаҳо дар берун аз Қалъаи Хумб зиндагӣ мекунанд, гуфт як мансабдор.", "tg", "Хоҳон")]
    [InlineData("بیش از ۲۰۰ تن از باشندگان ولسوالی خواهان که از دریای پنج گذشته و گریخته‌اند، در خیمه‌هایی بیرون از قلعه خم به سر می‌برند، یک مقام گفت.", "fa", "خواهان")]
    public void Refugees_staying_outside_a_town_are_anchored_where_they_fled_from(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));

    [Fact]
    public void Troops_sent_to_districts_named_after_a_Persian_plural_kind_word_are_anchored_there() =>
        Assert.Equal("جیلیکول", AnchorAssert.Of("تاجیکستان ۸۰۰ مرزبان را به ناحیه‌های جیلیکول و پنج ولایت ختلان منتقل کرد که آن سوی دریای پنج روبه‌روی ولایت کندز قرار دارند، اداره مرزبانی گفت.", "fa"));

    [Theory]
    [InlineData("طالبانو د جمعې په ورځ د بدخشان ولایت د کران او منجان ولسوالۍ ونیوله.", "ps", "کران او منجان")]
    [InlineData("طالبان روز جمعه ولسوالی کران و منجان ولایت بدخشان را گرفتند.", "fa", "کران و منجان")]
    public void A_district_whose_two_names_are_joined_by_and_is_found_as_each_language_writes_and(string text, string language, string name) =>
        Assert.Equal("d2:AF.01.1104", Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("وقال مسؤول عبر الهاتف إن طالبان سيطرت يوم الخميس على مديرية وردوج في ولاية بدخشان.", "territorial-control")]
    [InlineData("وقال مسؤول طاجيكي إن 80 جنديا أفغانيا عبروا نهر بانج إلى طاجيكستان ليلا.", "troop-movement")]
    public void Arabic_via_a_medium_is_no_crossing(string sentence, string category) =>
        Assert.Equal(category, Assert.Single(Repository.Proposer.Propose(sentence, "ar")).Category);
}
