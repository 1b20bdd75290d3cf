namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Categories and anchors by class, in every language that says them so: volunteers enlisted, recruited or registered to guard or
/// defend a border answer a call-up (not a statement, a military presence or ground taken); people evacuated or flown out are
/// refugees; a town named as the airport they were flown out of ("из аэропорта Кабула", "de l'aéroport de Kaboul", "کابل ہوائی اڈے سے")
/// is where they came from, and the claim is anchored there, not where they were flown to; Urdu "ہوائی اڈہ" (airport) is no military
/// base; troops posted or massed around a border town stand at it, not in their country nor on the bank opposite, past a people's adjective
/// ("opposite the Afghan district of", "напротив афганского уезда"). All sentences are constructed for these tests.
/// </summary>
public class VolunteersEvacueesAndAirportsTests
{
    [Theory]
    [InlineData("Pejabat distrik Vanj telah merekrut 200 sukarelawan untuk menjaga perbatasan, kata seorang juru bicara.", "id")]
    [InlineData("Die Behörden im Bezirk Wandsch haben 200 Freiwillige angeworben, die die Grenze schützen sollen, sagte ein Sprecher.", "de")]
    [InlineData("Officials in the Vanj district have recruited 200 volunteers to guard the border, a spokesman said.", "en")]
    [InlineData("Les autorités du district de Vanj ont recruté 200 volontaires pour garder la frontière, a indiqué un porte-parole.", "fr")]
    [InlineData("Власти Ванчского района набрали 200 добровольцев для охраны границы, сообщил представитель района.", "ru")]
    [InlineData("Мақомоти ноҳияи Ванҷ 200 ихтиёриро барои ҳифзи марз ба қайд гирифтанд, гуфт як масъул.", "tg")]
    [InlineData("مقام‌های ناحیه ونج ۲۰۰ داوطلب را برای نگهبانی از مرز ثبت نام کرده‌اند، یک سخنگو گفت.", "fa")]
    [InlineData("د ونج ولسوالۍ چارواکو ۲۰۰ داوطلبان نوم لیکنه کړي چې له پولې دفاع وکړي، یوه ویاند وویل.", "ps")]
    [InlineData("قال متحدث إن سلطات منطقة فانج سجلت 200 متطوع لحراسة الحدود.", "ar")]
    [InlineData("ضلع ونج کے حکام نے سرحد کی حفاظت کے لیے 200 رضاکار بھرتی کیے ہیں، ایک ترجمان نے کہا۔", "ur")]
    public void Volunteers_enlisted_to_guard_a_border_are_a_call_up(string sentence, string language) =>
        Assert.Equal("mobilisation", Category(sentence, language));

    [Theory]
    [InlineData("Ҳавопаймо 90 афғонеро, ки аз фурудгоҳи Кобул тахлия шуда буданд, ба Душанбе овард, гуфт вазорат.", "tg")]
    [InlineData("یوې الوتکې ۹۰ افغانان چې د کابل له هوايي ډګر څخه ویستل شوي وو، دوشنبې ته راوړل، وزارت وویل.", "ps")]
    [InlineData("وقالت الوزارة إن طائرة نقلت 90 أفغانيا تم إجلاؤهم من مطار كابول إلى دوشنبه.", "ar")]
    [InlineData("ایک طیارہ کابل ہوائی اڈے سے نکالے گئے 90 افغانوں کو دوشنبے لے آیا، وزارت نے کہا۔", "ur")]
    public void People_evacuated_from_an_airport_are_refugees_anchored_on_its_town(string sentence, string language) =>
        Assert.Equal(("refugees", "gn:1138958"), Claim(sentence, language));

    [Theory]
    [InlineData("Самолет доставил в Душанбе 90 афганцев, эвакуированных из аэропорта Кабула, сообщило министерство.", "ru")]
    [InlineData("Un avion a amené 90 Afghans évacués de l'aéroport de Kaboul à Douchanbé, a indiqué le ministère.", "fr")]
    [InlineData("Un avion a amené 90 Afghans évacués depuis l'aéroport de Kaboul à Douchanbé, a indiqué le ministère.", "fr")]
    public void The_town_of_the_airport_people_were_flown_out_of_is_the_anchor(string sentence, string language) =>
        Assert.Equal("gn:1138958", Assert.Single(Repository.Proposer.Propose(sentence, language)).PlaceId);

    [Theory]
    [InlineData("Turkmenistan has deployed 2,000 soldiers around the town of Kerki, opposite the Afghan district of Khamyab, residents said.", "en")]
    [InlineData("Туркмения разместила 2000 военнослужащих вокруг города Керки, напротив афганского уезда Хамьяб, рассказали жители.", "ru")]
    [InlineData("Туркманистон 2000 сарбозро дар атрофи шаҳри Керкӣ, рӯ ба рӯи ноҳияи афғонии Хамёб, ҷойгир кардааст, гуфтанд сокинон.", "tg")]
    [InlineData("ترکمنستان ۲۰۰۰ سرباز را در اطراف شهر کرکی، روبروی ولسوالی خم‌آب افغانستان، مستقر کرده است، باشندگان گفتند.", "fa")]
    [InlineData("وقال سكان إن تركمانستان نشرت 2000 جندي حول مدينة كركي قبالة مديرية خم آب الأفغانية.", "ar")]
    public void Troops_posted_around_a_border_town_are_anchored_on_it_not_on_their_country_or_the_bank_opposite(string sentence, string language) =>
        Assert.Equal(("military-presence", "gn:1219002"), Claim(sentence, language));

    [Theory]
    [InlineData("Туркмения сосредоточила 2000 военнослужащих у границы, сообщили жители.", "ru")]
    [InlineData("Turkmenistan hat 2.000 Soldaten an der Grenze zusammengezogen, sagten Anwohner.", "de")]
    public void Troops_massed_at_a_border_are_a_military_presence(string sentence, string language) =>
        Assert.Equal("military-presence", Category(sentence, language));

    [Fact]
    public void A_garrison_sent_from_its_base_stays_a_military_presence_where_it_was_sent() =>
        Assert.Equal("military-presence", Category("روس نے دوشنبے میں اپنے اڈے سے 800 فوجی ضلع فرخار منتقل کر دیے ہیں۔", "ur"));

    private static string Category(string sentence, string language) => Claim(sentence, language).Category;

    // The one claim the sentence gives: its category and the id of the place it is anchored on.
    private static (string Category, string PlaceId) Claim(string sentence, string language)
    {
        var proposal = Assert.Single(Repository.Proposer.Propose(sentence, language));
        return (proposal.Category, proposal.PlaceId);
    }
}
