namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes the eighth held-out number batch missed: men who joined a popular uprising's forces or registered with a home guard
/// are reservists, and so are draftees named by the participle of the call-up ("draftees", "Einberufene", "призванных", "سرباز وظیفه",
/// "المستدعين") and farmers who took up arms; families that boats took from one bank to a town, citizens evacuated (the participle after
/// the noun) and families who pitched tents are refugees; a count in hundreds reaches past attributes listed with commas before a last
/// one joined by "and". All sentences are constructed for these tests.
/// </summary>
public class UprisingDrafteesBoatsAndListedAttributesTests
{
    // Men who joined the forces of a popular uprising are the reserve it raised.
    [Theory]
    [InlineData("Nearly 270 men have joined the popular uprising in Yawan to defend their homes, a local elder said.", "en")]
    [InlineData("Beinahe 270 Männer haben sich in Jawan dem Volksaufstand angeschlossen, um ihre Häuser zu verteidigen, sagte ein Ältester.", "de")]
    [InlineData("Почти 270 мужчин вступили в ряды народного восстания в Яване, чтобы защитить свои дома, сообщил старейшина.", "ru")]
    [InlineData("Қариб 270 мард дар Ёвон ба хезиши мардумӣ пайвастанд, то аз хонаҳояшон дифоъ кунанд, гуфт як ришсафед.", "tg")]
    [InlineData("نزدیک به ۲۷۰ مرد در یاوان به خیزش مردمی پیوستند تا از خانه‌هایشان دفاع کنند، یک ریش‌سفید گفت.", "fa")]
    [InlineData("نږدې ۲۷۰ سړي په یاوان کې له ولسي پاڅون سره یوځای شول، یوه سپین ږیري وویل.", "ps")]
    [InlineData("انضم قرابة 270 رجلا إلى الانتفاضة الشعبية في ياوان للدفاع عن بيوتهم، وفق أحد الوجهاء.", "ar")]
    [InlineData("قریب 270 مرد یاوان میں عوامی بغاوت میں شامل ہو گئے، ایک بزرگ نے کہا۔", "ur")]
    [InlineData("Près de 270 hommes ont rejoint le soulèvement populaire à Yavan pour défendre leurs maisons, selon un ancien.", "fr")]
    [InlineData("Hampir 270 pria bergabung dengan pemberontakan rakyat di Yavan untuk mempertahankan rumah mereka, kata seorang tetua.", "id")]
    public void Men_who_joined_a_popular_uprising_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 270, "nearly");


    // Draftees, named by the participle of the call-up, are reservists; Pashto "جلب شوي" says the call-up though the draftees arrived.
    [Theory]
    [InlineData("About 640 draftees reached the barracks in Qurghonteppa on Monday, the ministry said.", "en")]
    [InlineData("Etwa 640 Einberufene erreichten am Montag die Kaserne in Kurgan-Tjube, teilte das Ministerium mit.", "de")]
    [InlineData("Около 640 призванных прибыли в понедельник в казармы Курган-Тюбе, сообщило министерство.", "ru")]
    [InlineData("Тақрибан 640 даъватшуда рӯзи душанбе ба қароргоҳи Қӯрғонтеппа расиданд, гуфт вазорат.", "tg")]
    [InlineData("حدود ۶۴۰ سرباز وظیفه روز دوشنبه به پادگان قرغان‌تپه رسیدند، وزارت گفت.", "fa")]
    [InlineData("شاوخوا ۶۴۰ جلب شوي ځوانان د دوشنبې په ورځ قرغان تپې ته ورسېدل، وزارت وویل.", "ps")]
    [InlineData("وصل نحو 640 من المستدعين يوم الاثنين إلى ثكنة قرغان تيبا، بحسب الوزارة.", "ar")]
    [InlineData("Environ 640 appelés ont rejoint lundi la caserne de Kourgan-Tioubé, selon le ministère.", "fr")]
    [InlineData("Sekitar 640 peserta wajib militer tiba di barak Qurghonteppa pada Senin, kata kementerian.", "id")]
    public void Draftees_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 640, "about");


    // Families that boats took from one bank to a town are refugees, as those carried across the river are.
    [Theory]
    [InlineData("Two boats took 35 families from the far bank to Khumdon on Saturday.", "en")]
    [InlineData("Zwei Boote brachten am Samstag 35 Familien vom anderen Ufer nach Chumdon.", "de")]
    [InlineData("Две лодки в субботу перевезли 35 семей с того берега в Хумдон.", "ru")]
    [InlineData("Ду қаиқ рӯзи шанбе 35 оиларо аз соҳили муқобил ба Хумдон бурданд.", "tg")]
    [InlineData("دو قایق روز شنبه ۳۵ خانواده را از ساحل مقابل به خمدان بردند.", "fa")]
    [InlineData("دوو کښتیو د شنبې په ورځ ۳۵ کورنۍ له بلې غاړې خمدان ته یوړې.", "ps")]
    [InlineData("نقلت قوارب يوم السبت 35 عائلة من الضفة الأخرى إلى خومدون.", "ar")]
    [InlineData("Deux barques ont emmené samedi 35 familles de l'autre rive à Khoumdon.", "fr")]
    [InlineData("Dua perahu mengangkut 35 keluarga dari seberang ke Khumdon pada Sabtu.", "id")]
    public void Families_that_boats_took_from_one_bank_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 35, "exact");


    // Citizens evacuated, the participle after the noun, are refugees.
    [Theory]
    [InlineData("Самолет доставил в Душанбе около 95 граждан Таджикистана, эвакуированных из Кабула.", "ru")]
    [InlineData("Ҳавопаймо тақрибан 95 шаҳрванди Тоҷикистонро, ки аз Кобул тахлия шуда буданд, ба Душанбе овард.", "tg")]
    [InlineData("هواپیما حدود ۹۵ شهروند تاجیکستان را که از کابل تخلیه شده بودند به دوشنبه آورد.", "fa")]
    [InlineData("الوتکې شاوخوا ۹۵ تاجک اتباع چې له کابل څخه ایستل شوي وو دوشنبې ته راوړل.", "ps")]
    [InlineData("نقلت طائرة نحو 95 مواطنا طاجيكيا تم إجلاؤهم من كابل إلى دوشنبه.", "ar")]
    public void Citizens_evacuated_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 95, "about");


    // A count in hundreds reaches past attributes listed with commas before the last one, joined by "and".
    [Theory]
    [InlineData("Five hundred cold, exhausted and badly armed Afghan soldiers reached Kalai Khumb on Friday.", "en")]
    [InlineData("Fünfhundert frierende, erschöpfte und schlecht bewaffnete afghanische Soldaten erreichten am Freitag Kalai Chumb.", "de")]
    [InlineData("Пятьсот замерзших, измотанных и плохо вооруженных афганских солдат в пятницу добрались до Калаи-Хумба.", "ru")]
    public void A_count_in_hundreds_reaches_past_listed_attributes(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 500, "exact");


    // Families who pitched tents are refugees, as those in tents are.
    [Theory]
    [InlineData("Etwa 140 Familien haben bei Rustak Zelte aufgeschlagen, sagten Helfer.", "de")]
    [InlineData("حدود ۱۴۰ خانواده نزدیک رستاق چادر زده‌اند، کارکنان امدادی گفتند.", "fa")]
    [InlineData("شاوخوا ۱۴۰ کورنیو د رستاق سره نږدې خېمې درولې دي، مرستندویو وویل.", "ps")]
    public void Families_who_pitched_tents_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 140, "about");


    // Farmers who took up arms are mobilised, and Pashto "وسلې ته لاس واچاوه" (put their hands to weapons) is taking them up.
    [Theory]
    [InlineData("About 310 farmers in Kishim have taken up arms against the Taliban, elders said.", "en")]
    [InlineData("شاوخوا ۳۱۰ کلیوالو په کشم کې د طالبانو پر ضد وسلې ته لاس واچاوه، مشرانو وویل.", "ps")]
    public void Farmers_who_took_up_arms_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 310, "about");

    // Residents who registered with a home guard are reservists, the Arabic verb's doubling mark read past ("سجّل").
    [Fact]
    public void Residents_registered_with_a_home_guard_are_reservists_in_Arabic() =>
        QuantityAssert.Single("سجّل أكثر من 420 من سكان رستاق في الحرس الأهلي منذ الأحد.", "ar", "reservists", 420, "more-than");

    // A list whose noun is out of reach counts nothing: its demonym ("افغان") is no noun of people counted.
    [Fact]
    public void A_listed_count_whose_noun_is_out_of_reach_counts_no_people() =>
        Assert.Empty(BorderMap.Core.Extraction.NumberFinder.Quantities("پنځه سوه وږي، ټپیان او کم تجهیز شوي افغان دولتي سرتېري شوروآباد ته ورسېدل.", "ps"));
}
