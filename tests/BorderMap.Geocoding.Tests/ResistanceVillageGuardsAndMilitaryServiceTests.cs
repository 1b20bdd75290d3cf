namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes the ninth number batch missed: men who joined a resistance front, rallied to a popular uprising or put their names down
/// for a village guard, and young men given weapons, are reservists, and so are young men called to military service ("پوځي خدمت", "فوجی
/// خدمت": the word for soldiers qualifies service) and Russian "военнообязанных"; families that boats brought, families who built
/// shelters and a country's nationals evacuated are refugees. All sentences are constructed for these tests.
/// </summary>
public class ResistanceVillageGuardsAndMilitaryServiceTests
{
    // Men who joined a resistance front or movement are the reserve it raised, as those who joined a popular uprising are.
    [Theory]
    [InlineData("Nearly 330 men have joined the national resistance front in Tishkan to guard their valley, a tribal elder said.", "en")]
    [InlineData("Hampir 330 pria telah bergabung dengan front perlawanan nasional di Tishkan untuk menjaga lembah mereka, kata seorang tetua suku.", "id")]
    [InlineData("Beinahe 330 Männer haben sich in Tischkan der nationalen Widerstandsfront angeschlossen, um ihr Tal zu schützen, sagte ein Stammesältester.", "de")]
    [InlineData("Почти 330 мужчин присоединились к фронту национального сопротивления в Тешкане, чтобы охранять свою долину, сообщил старейшина.", "ru")]
    [InlineData("Қариб 330 мард дар Тишкон ба ҷабҳаи муқовимати миллӣ пайвастанд, то водии худро ҳифз кунанд, гуфт як ришсафед.", "tg")]
    [InlineData("نزدیک به ۳۳۰ مرد در تیشکان به جبهه مقاومت ملی پیوستند تا از دره خود پاسداری کنند، یک ریش‌سفید گفت.", "fa")]
    [InlineData("نږدې ۳۳۰ سړي په تیشکان کې د ملي مقاومت له جبهې سره یوځای شول، یوه سپین ږیري وویل.", "ps")]
    [InlineData("انضم قرابة 330 رجلا إلى جبهة المقاومة الوطنية في تيشكان لحماية واديهم، وفق أحد الوجهاء.", "ar")]
    [InlineData("قریب 330 مرد تیشکان میں قومی مزاحمتی تحریک میں شامل ہو گئے، ایک بزرگ نے کہا۔", "ur")]
    [InlineData("Près de 330 hommes ont rejoint le front de résistance nationale à Tichkan pour garder leur vallée, selon un ancien.", "fr")]
    public void Men_who_joined_a_resistance_front_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 330, "nearly");

    // Men who rallied to a popular uprising, or became part of it, are the reserve it raised.
    [Theory]
    [InlineData("Sekitar 520 pria setempat telah berhimpun dalam barisan kebangkitan rakyat di Kishim, kata seorang pejabat.", "id")]
    [InlineData("About 520 local men have rallied to the popular uprising in Kishim, an official said.", "en")]
    [InlineData("Около 520 местных мужчин примкнули к народному восстанию в Кишиме, сообщил чиновник.", "ru")]
    [InlineData("Тақрибан 520 марди маҳаллӣ дар Кишм ба қиёми мардумӣ ҳамроҳ шуданд, гуфт як масъул.", "tg")]
    [InlineData("حدود ۵۲۰ مرد محلی در کشم به قیام مردمی پیوستند، یک مقام گفت.", "fa")]
    [InlineData("شاوخوا ۵۲۰ سیمه ییز سړي په کشم کې د ولسي پاڅون لیکو ته ورګډ شول، یوه چارواکي وویل.", "ps")]
    [InlineData("التحق نحو 520 رجلا من أبناء كشم بالهبة الشعبية، وفق مسؤول.", "ar")]
    [InlineData("تقریباً 520 مقامی مرد کشم میں عوامی قیام کا حصہ بن گئے، ایک اہلکار نے کہا۔", "ur")]
    [InlineData("Environ 520 hommes de la région se sont ralliés à l'insurrection populaire à Kichim, selon un responsable.", "fr")]
    public void Men_who_rallied_to_a_popular_uprising_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 520, "about");

    // Residents who put their names down for, joined or registered with a village guard are the reserve it raised.
    [Theory]
    [InlineData("More than 260 residents of Shighnan have put their names down for the village guard, the district chief said.", "en")]
    [InlineData("Lebih dari 260 warga Shighnan telah mencatatkan nama mereka untuk penjaga desa, kata kepala distrik.", "id")]
    [InlineData("Über 260 Einwohner von Schighnan haben sich für die Dorfwache gemeldet, sagte der Bezirkschef.", "de")]
    [InlineData("Более 260 жителей Шугнана вступили в отряды сельской стражи, сообщил глава уезда.", "ru")]
    [InlineData("Зиёда аз 260 сокини Шуғнон ба посбонони деҳа шомил шуданд, гуфт раиси ноҳия.", "tg")]
    [InlineData("بیش از ۲۶۰ باشنده شغنان نام خود را برای نگهبانی روستا ثبت کرده‌اند، ولسوال گفت.", "fa")]
    [InlineData("له ۲۶۰ زیات د شغنان اوسېدونکو د کلي د ساتونکو لپاره خپل نومونه ثبت کړي دي، ولسوال وویل.", "ps")]
    [InlineData("التحق أكثر من 260 من سكان شغنان بحراسة القرى، بحسب حاكم المديرية.", "ar")]
    [InlineData("شغنان کے 260 سے زیادہ باشندوں نے گاؤں کے محافظ دستوں میں اپنا اندراج کروایا، ضلعی گورنر نے کہا۔", "ur")]
    [InlineData("Plus de 260 habitants de Chighnan ont donné leur nom à la garde villageoise, selon le gouverneur du district.", "fr")]
    public void Residents_who_signed_up_for_a_village_guard_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 260, "more-than");

    // Young men given weapons by local commanders ("gave", "gaben", "remis", Arabic "سلّم" before weapons that are no one's yet) are mobilised.
    [Theory]
    [InlineData("Local commanders gave rifles to about 140 young men in Argo on Tuesday, villagers said.", "en")]
    [InlineData("Örtliche Kommandeure gaben am Dienstag Gewehre an etwa 140 junge Leute in Argo aus, sagten Dorfbewohner.", "de")]
    [InlineData("سلم قادة محليون يوم الثلاثاء بنادق إلى نحو 140 من شبان أرغو، حسبما قال قرويون.", "ar")]
    [InlineData("Des commandants locaux ont remis mardi des fusils à environ 140 jeunes d'Argo, selon des villageois.", "fr")]
    public void Young_men_given_weapons_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 140, "about");

    // Families that boats brought, fetched or carried from the other bank are refugees, as those that boats took are.
    [Theory]
    [InlineData("Perahu-perahu nelayan membawa 55 keluarga dari tepi seberang ke Shahritus pada Jumat, kata seorang pejabat.", "id")]
    [InlineData("Fischerboote holten am Freitag 55 Familien vom anderen Ufer nach Schahritus, sagte ein Beamter.", "de")]
    [InlineData("Рыбацкие лодки в пятницу доставили 55 семей с другого берега в Шахритус, сообщил чиновник.", "ru")]
    [InlineData("Заврақҳои моҳигирӣ рӯзи ҷумъа 55 оиларо аз он соҳил ба Шаҳритус оварданд, гуфт як мансабдор.", "tg")]
    [InlineData("قایق‌های ماهیگیری روز جمعه ۵۵ خانواده را از ساحل دیگر به شهرتوز آوردند، یک مقام گفت.", "fa")]
    [InlineData("د کبانو کښتیو د جمعې په ورځ ۵۵ کورنۍ له بلې غاړې شهرتوز ته راوړې، یوه چارواکي وویل.", "ps")]
    [InlineData("حملت قوارب صيد يوم الجمعة 55 عائلة من الضفة الأخرى إلى شهرتوز، وفق مسؤول.", "ar")]
    [InlineData("ماہی گیری کی کشتیاں جمعہ کو 55 خاندانوں کو دوسرے کنارے سے شہرتوس لے آئیں، ایک اہلکار نے کہا۔", "ur")]
    public void Families_that_boats_brought_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 55, "exact");

    // Families who built shelters are refugees, the shelters named by the noun ("Notunterkünfte", "укрытия", "ملاجئ", "abris").
    [Theory]
    [InlineData("Sekitar 85 keluarga membangun tempat berteduh dari ranting di dekat Khwahan, kata seorang relawan.", "id")]
    [InlineData("Etwa 85 Familien haben bei Chwahan Notunterkünfte aus Zweigen gebaut, sagte ein Helfer.", "de")]
    [InlineData("Около 85 семей соорудили укрытия из веток возле Ховахана, сообщил волонтер.", "ru")]
    [InlineData("شاوخوا ۸۵ کورنیو د خواهان سره نږدې له څانګو سرپناوې جوړې کړې، یوه مرستندوی وویل.", "ps")]
    [InlineData("أقامت نحو 85 عائلة ملاجئ من الأغصان قرب خواهان، وفق أحد المتطوعين.", "ar")]
    [InlineData("Environ 85 familles ont construit des abris de branchages près de Khwahan, selon un bénévole.", "fr")]
    public void Families_who_built_shelters_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 85, "about");

    // A country's nationals evacuated are refugees, as its citizens are.
    [Theory]
    [InlineData("Some 130 Tajik nationals, evacuated from Kabul by bus, crossed back at Panji Poyon on Sunday.", "en")]
    [InlineData("Etwa 130 tadschikische Staatsangehörige, die aus Kabul evakuiert worden waren, kamen am Sonntag über Pandschi Pojon zurück.", "de")]
    [InlineData("Quelque 130 ressortissants tadjiks, évacués de Kaboul en autocar, sont revenus dimanche par Pandji Poyon.", "fr")]
    public void Nationals_evacuated_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 130, "about");

    // Young men called to military service are reservists: the word for soldiers qualifies service and counts no soldiers.
    [Theory]
    [InlineData("شاوخوا ۴۱۰ ځوانان چې پوځي خدمت ته غوښتل شوي وو، د چهارشنبې په ورځ کولاب ته ورسېدل، وزارت وویل.", "ps")]
    [InlineData("تقریباً 410 نوجوان جنہیں فوجی خدمت کے لیے بلایا گیا تھا بدھ کو کولاب پہنچے، وزارت نے کہا۔", "ur")]
    public void Young_men_called_to_military_service_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 410, "about");

    // Men liable for call-up, as the register names them, are reservists, not servicemen.
    [Fact]
    public void Men_liable_for_call_up_are_reservists_in_Russian() =>
        QuantityAssert.Single("Более 410 военнообязанных из Вахдата призваны на сборы, сообщил военкомат.", "ru", "reservists", 410, "more-than");

    // Soldiers who handed over their own weapons surrendered them: they stay soldiers (a guard: Arabic "سلّم" before "أسلحتهم").
    [Fact]
    public void Soldiers_who_handed_over_their_weapons_stay_soldiers_in_Arabic() =>
        QuantityAssert.Single("سلم نحو 140 جنديا أسلحتهم إلى حرس الحدود في أرغو، وفق مسؤول.", "ar", "soldiers", 140, "about");
}
