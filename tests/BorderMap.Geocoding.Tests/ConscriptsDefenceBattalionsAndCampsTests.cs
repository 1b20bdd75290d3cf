namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes the seventh held-out number batch and round 34's part missed: villagers who enlisted in local defence battalions
/// ("700 villagers have enrolled in the local defence battalions", "батальоны обороны", "كتائب الدفاع") and conscripts ("conscripts",
/// "Wehrpflichtige", "призывников", "مشمول", "wajib militer") are reservists; a count in hundreds reaches past two attributes joined by "and"
/// ("Two hundred exhausted and lightly armed Afghan soldiers"); families carried across the river on rafts, evacuated students and families
/// who camped are refugees; Russian "молодых людей" counts people; men of a militia they joined or of forces they took up arms in are
/// reservists; an Indonesian estimate before "sebanyak" is about its number. All sentences are constructed for these tests.
/// </summary>
public class ConscriptsDefenceBattalionsAndCampsTests
{
    // Villagers who enlisted or joined local defence battalions are the ones called up, though civilians are named.
    [Theory]
    [InlineData("At least 520 villagers joined the local defence battalions in Darvoz on Friday, the district head said.", "en")]
    [InlineData("Mindestens 520 Dorfbewohner sind am Freitag in Darwos den Verteidigungsbataillonen beigetreten, sagte der Bezirksvorsteher.", "de")]
    [InlineData("Не менее 520 жителей в пятницу вступили в батальоны обороны в Дарвазе, сообщил глава района.", "ru")]
    [InlineData("На камтар аз 520 сокини деҳа рӯзи ҷумъа дар Дарвоз ба баталйонҳои мудофиа шомил шуданд, гуфт раиси ноҳия.", "tg")]
    [InlineData("دست‌کم ۵۲۰ روستایی روز جمعه در درواز به گردان‌های دفاع پیوستند، رئیس ناحیه گفت.", "fa")]
    [InlineData("لږ تر لږه ۵۲۰ کلیوال د جمعې په ورځ په درواز کې د دفاع له کنډکونو سره یوځای شول، د ولسوالۍ مشر وویل.", "ps")]
    [InlineData("انضم ما لا يقل عن 520 قرويا يوم الجمعة إلى كتائب الدفاع في درواز، بحسب رئيس المديرية.", "ar")]
    [InlineData("کم از کم 520 دیہاتی جمعہ کو درواز میں دفاعی بٹالینوں میں شامل ہوئے، ضلع کے سربراہ نے کہا۔", "ur")]
    [InlineData("Sedikitnya 520 warga desa bergabung dengan batalion pertahanan di Darvoz pada Jumat, kata ketua distrik.", "id")]
    [InlineData("Au moins 520 villageois ont rejoint vendredi les bataillons de défense à Darvoz, a indiqué le chef du district.", "fr")]
    public void Villagers_who_enlisted_in_local_defence_battalions_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 520, "at-least");


    // Conscripts are called up as reservists are.
    [Theory]
    [InlineData("About 610 conscripts arrived at the barracks in Khorog on Friday, the ministry said.", "en")]
    [InlineData("Etwa 610 Wehrpflichtige trafen am Freitag in der Kaserne in Chorog ein, teilte das Ministerium mit.", "de")]
    [InlineData("Около 610 призывников в пятницу прибыли в казармы в Хороге, сообщило министерство.", "ru")]
    [InlineData("Тақрибан 610 даъватшаванда рӯзи ҷумъа ба қароргоҳи Хоруғ омаданд, гуфт вазорат.", "tg")]
    [InlineData("حدود ۶۱۰ مشمول روز جمعه به پادگان خاروغ رسیدند، وزارت گفت.", "fa")]
    [InlineData("شاوخوا ۶۱۰ مکلفین د جمعې په ورځ خاروغ ته ورسېدل، وزارت وویل.", "ps")]
    [InlineData("تقریباً 610 بھرتی شدہ جوان جمعہ کو خاروغ کی چھاؤنی پہنچے، وزارت نے کہا۔", "ur")]
    [InlineData("Sekitar 610 wajib militer tiba di barak Khorog pada Jumat, kata kementerian.", "id")]
    [InlineData("Environ 610 conscrits sont arrivés vendredi à la caserne de Khorog, a indiqué le ministère.", "fr")]
    public void Conscripts_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 610, "about");


    // Two attributes joined by "and" use the reach of one.
    [Theory]
    [InlineData("Three hundred hungry and badly equipped Afghan soldiers reached Kalai Khumb on Friday.", "en")]
    [InlineData("Dreihundert hungrige und schlecht ausgerüstete afghanische Soldaten erreichten am Freitag Kalai Chumb.", "de")]
    [InlineData("Триста голодных и плохо вооруженных афганских солдат в пятницу добрались до Калаи-Хумба.", "ru")]
    [InlineData("درې سوه وږي او کم وسله وال افغان سرتېري د جمعې په ورځ قلعه خمب ته ورسېدل.", "ps")]
    public void A_count_in_hundreds_reaches_past_two_attributes_joined_by_and(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 300, "exact");


    // Families carried or brought across the river are refugees, as those ferried are.
    [Theory]
    [InlineData("Boats carried 75 families across the river to Ishkashim on Friday.", "en")]
    [InlineData("Boote brachten am Freitag 75 Familien über den Fluss nach Ischkaschim.", "de")]
    [InlineData("کشتیوں نے جمعہ کو 75 خاندانوں کو دریا کے پار اتارا۔", "ur")]
    [InlineData("Des bateaux ont transporté vendredi 75 familles d'une rive à l'autre jusqu'à Ichkachim.", "fr")]
    public void Families_carried_across_the_river_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 75, "exact");


    // Evacuated students are refugees: students are people counted, and the English participle names evacuees.
    [Theory]
    [InlineData("A plane brought 85 evacuated students from Mazar-i-Sharif to Dushanbe on Friday.", "en")]
    [InlineData("Sebuah pesawat membawa 85 mahasiswa yang dievakuasi dari Mazar-i-Sharif ke Dushanbe pada Jumat.", "id")]
    public void Evacuated_students_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 85, "exact");


    // Russian "людей" (people) counts people.
    [Theory]
    [InlineData("Старейшины в пятницу вооружили почти 230 молодых людей в Ванче, рассказали жители.", "ru")]
    public void Young_people_armed_are_reservists_in_Russian(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 230, "nearly");


    // Families who camped are refugees, as those in tents are.
    [Theory]
    [InlineData("Up to 170 families from Jurm have camped outside Fayzabad since Monday, aid workers said.", "en")]
    [InlineData("Bis zu 170 Familien aus Dschurm kampieren seit Montag vor Faisabad, sagten Helfer.", "de")]
    [InlineData("Hingga 170 keluarga dari Jurm berkemah di luar Fayzabad sejak Senin, kata pekerja bantuan.", "id")]
    [InlineData("وقال عاملون في الإغاثة إن ما يصل إلى 170 عائلة من جرم تخيم خارج فيض آباد منذ الاثنين.", "ar")]
    [InlineData("جرم کے 170 تک خاندان پیر سے فیض آباد کے باہر خیمے لگائے ہوئے ہیں، امدادی کارکنوں نے کہا۔", "ur")]
    [InlineData("Jusqu'à 170 familles de Jurm campent depuis lundi aux abords de Faïzabad, selon des humanitaires.", "fr")]
    public void Families_who_camped_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 170, "up-to");


    // Men counted as members of a force they joined or took up arms in are reservists, not its soldiers.
    [Theory]
    [InlineData("Im Bezirk Taloqan haben sich knapp 440 Männer einer Bürgermiliz angeschlossen, sagte der Polizeichef.", "de")]
    [InlineData("نزدیک به ۴۴۰ مرد در قالب نیروهای مردمی سلاح برداشته‌اند، فرمانده پولیس گفت.", "fa")]
    public void Men_of_a_force_they_joined_or_took_up_arms_in_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 440, "nearly");


    // An Indonesian estimate gives its number after "sebanyak" (a number of): about it.
    [Theory]
    [InlineData("Pejabat distrik memperkirakan sebanyak 1.800 orang telah melarikan diri dari Khanabad.", "id")]
    public void An_estimate_given_after_sebanyak_is_about_it(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 1800, "about");

    // A count below twenty in words does not reach past "and" ("на двух лодках и были задержаны …", on two boats and were detained).
    [Fact]
    public void A_small_count_in_words_does_not_reach_past_and() =>
        QuantityAssert.Single("Более 40 военных переправились ночью на двух лодках и были задержаны таджикскими пограничниками.", "ru", "soldiers", 40, "more-than");

    // "Sebanyak" alone is a number of, no qualifier ("Sebanyak 46 tentara", 46 soldiers).
    [Fact]
    public void Sebanyak_alone_is_exact() =>
        QuantityAssert.Single("Sebanyak 46 tentara menyeberangi sungai Panj pada Minggu.", "id", "soldiers", 46, "exact");
}
