namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Categories and anchors by class, in every language that says them so: people waiting at a border crossing are anchored on the
/// crossing, though its record lies in the country they hope to reach; a withdrawal told as the time of ground taken ("after
/// government troops withdrew", "nachdem sich … zurückgezogen hatten", "پس از عقب‌نشینی", "پیچھے ہٹنے کے بعد") is the background
/// of the taking; Russian feminine accusatives after "в" ("в Хатлонскую область") say where troops were sent; French "au" and "aux"
/// after a road name its end, a reference point; Urdu says an arrival or a shelter after the name ("پنج پایان پہنچے", "شبرغان میں
/// پناہ لی"), a place people went to. All sentences are constructed for these tests.
/// </summary>
public class CrossingsWithdrawalsAndArrivalsTests
{
    [Theory]
    [InlineData("Some 300 people from the Warduj district have been waiting at the Ishkashim bridge since Monday, hoping to cross into Tajikistan, an official said.", "en")]
    [InlineData("Около 300 человек из уезда Вардудж с понедельника ждут у моста Ишкашим в надежде попасть в Таджикистан, сообщил чиновник.", "ru")]
    [InlineData("Sekitar 300 orang dari distrik Warduj menunggu di jembatan Ishkashim sejak Senin, berharap bisa menyeberang ke Tajikistan, kata seorang pejabat.", "id")]
    [InlineData("Quelque 300 personnes du district de Wardouj attendent depuis lundi au pont d'Ichkachim dans l'espoir de passer au Tadjikistan, a indiqué un responsable.", "fr")]
    public void People_waiting_at_a_border_crossing_are_anchored_on_it(string sentence, string language) =>
        Assert.Equal(("refugees", "cur:ishkashim-bridge"), Claim(sentence, language));

    [Theory]
    [InlineData("Taliban fighters captured the Darqad district on Sunday after government troops withdrew to Taloqan, a council member said.", "en")]
    [InlineData("Die Taliban haben den Bezirk Darkad eingenommen, nachdem sich die Regierungstruppen nach Talokan zurückgezogen hatten, sagte ein Ratsmitglied.", "de")]
    [InlineData("Талибы захватили уезд Даркад после того, как правительственные войска отошли к Талукану, сообщил член совета.", "ru")]
    [InlineData("Толибон пас аз он ки нерӯҳои ҳукуматӣ ба Толиқон ақиб нишастанд, ноҳияи Дарқадро забт карданд, гуфт узви шӯро.", "tg")]
    [InlineData("طالبان پس از عقب‌نشینی نیروهای دولتی به تالقان، ولسوالی درقد را تصرف کردند، یک عضو شورا گفت.", "fa")]
    [InlineData("سرکاری فوجوں کے تالقان کی طرف پیچھے ہٹنے کے بعد طالبان نے ضلع درقد پر قبضہ کر لیا، کونسل کے ایک رکن نے کہا۔", "ur")]
    [InlineData("Les talibans ont pris le district de Darqad après le repli des forces gouvernementales vers Taloqan, a indiqué un élu.", "fr")]
    [InlineData("Taliban merebut distrik Darqad setelah pasukan pemerintah mundur ke Taloqan, kata seorang anggota dewan.", "id")]
    [InlineData("قال عضو في المجلس إن طالبان سيطرت على مديرية درقد بعد انسحاب القوات الحكومية إلى طالقان.", "ar")]
    public void Ground_taken_after_a_withdrawal_is_territorial_control(string sentence, string language) =>
        Assert.Equal("territorial-control", Claim(sentence, language).Category);

    [Fact]
    public void Soldiers_counted_crossing_after_a_withdrawal_stay_a_troop_movement() =>
        Assert.Equal("troop-movement", Claim("After the Taliban took the Darqad district, 120 soldiers crossed the Panj into Tajikistan, the border service said.", "en").Category);

    [Theory]
    [InlineData("Россия перебросила 500 военных в Хатлонскую область после учений у Куляба, сообщило министерство.", "TJ-KT")]
    [InlineData("Киргизия направила 600 пограничников в Баткенскую область после перестрелки у села Ворух, сообщила пограничная служба.", "a1:KG.09")]
    public void A_russian_feminine_accusative_after_v_is_where_troops_were_sent(string sentence, string region) =>
        Assert.Equal(("military-presence", region), Claim(sentence, "ru"));

    [Fact]
    public void A_french_road_to_a_district_names_its_end_not_the_ground_taken() =>
        Assert.Equal(("territorial-control", "d2:AF.01.1103"),
            Claim("Les talibans ont pris le district de Jurm, coupant la route de Faïzabad au district de Zebak, a indiqué un responsable.", "fr"));

    [Theory]
    [InlineData("شیر خان بندر کی حفاظت کرنے والے 60 افغان فوجی رات کو دریا پار کر کے پنج پایان پہنچے، تاجک سرحدی سروس نے کہا۔", "cur:sher-khan-bandar")]
    [InlineData("ضلع مردیان کے 900 خاندانوں نے شبرغان میں پناہ لی ہے، امدادی کارکنوں نے کہا۔", "d2:AF.31.1707")]
    public void An_urdu_arrival_or_shelter_after_a_name_is_where_people_went(string sentence, string anchor) =>
        Assert.Equal(anchor, Claim(sentence, "ur").PlaceId);

    // The one claim the sentence gives: its category and the id of the place it is anchored on.
    private static (string Category, string PlaceId) Claim(string sentence, string language)
    {
        var proposal = Assert.Single(Repository.Proposer.Propose(sentence, language));
        return (proposal.Category, proposal.PlaceId);
    }
}
