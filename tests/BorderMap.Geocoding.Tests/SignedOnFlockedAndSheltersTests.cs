using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes the tenth number batch missed: men who signed on with a resistance movement, flocked to the ranks of an uprising, put
/// themselves forward for community protection groups or were called to army service are reservists, and so are farmers handed rifles
/// (Pashto's plural "ټوپکې", Arabic "مزارعا"); families that boats delivered, labourers flown out, families under plastic sheeting and
/// families who pitched camp are refugees; paramilitaries are soldiers. All sentences are constructed for these tests.
/// </summary>
public class SignedOnFlockedAndSheltersTests
{
    // Men who signed on with, joined or entered a resistance movement are the reserve it raised, as those who join a resistance front are.
    [Theory]
    [InlineData("Some 420 men from Tishkan have signed on with the local resistance movement, a tribal elder said.", "en")]
    [InlineData("Sekitar 420 pria dari Tishkan telah bergabung dengan gerakan perlawanan setempat, kata seorang tetua suku.", "id")]
    [InlineData("Rund 420 Männer aus Tischkan haben sich der örtlichen Widerstandsbewegung angeschlossen, sagte ein Stammesältester.", "de")]
    [InlineData("Около 420 мужчин из Тешкана вступили в местное движение сопротивления, сообщил старейшина.", "ru")]
    [InlineData("Тақрибан 420 мард аз Тишкон ба ҳаракати муқовимати маҳаллӣ пайвастанд, гуфт як ришсафед.", "tg")]
    [InlineData("حدود ۴۲۰ مرد از تیشکان به جنبش مقاومت محلی ملحق شده‌اند، یک ریش‌سفید گفت.", "fa")]
    [InlineData("شاوخوا ۴۲۰ سړي له تیشکان څخه د سیمه ییز مقاومت غورځنګ سره ملګري شوي دي، یوه سپین ږیري وویل.", "ps")]
    [InlineData("انضم نحو 420 رجلا من تيشكان إلى حركة المقاومة المحلية، وفق أحد الوجهاء.", "ar")]
    [InlineData("تیشکان کے تقریباً 420 مرد مقامی مزاحمتی تحریک میں شامل ہو گئے ہیں، ایک بزرگ نے کہا۔", "ur")]
    [InlineData("Quelque 420 hommes de Tichkan ont intégré le mouvement de résistance local, selon un ancien.", "fr")]
    public void Men_who_signed_on_with_a_resistance_movement_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 420, "about");

    // Young men who flocked to or entered the ranks of a popular uprising are the reserve it raised.
    [Theory]
    [InlineData("More than 380 young men from Argo have flocked to the popular uprising, a district official said.", "en")]
    [InlineData("Lebih dari 380 pemuda dari Argo telah berbondong-bondong masuk ke barisan kebangkitan rakyat, kata seorang pejabat distrik.", "id")]
    [InlineData("Mehr als 380 junge Männer aus Argo sind zum Volksaufstand geströmt, sagte ein Bezirksbeamter.", "de")]
    [InlineData("Более 380 молодых людей из Арго влились в ряды народного восстания, сообщил чиновник уезда.", "ru")]
    [InlineData("Зиёда аз 380 ҷавон аз Арғу ба сафи қиёми мардумӣ дохил шуданд, гуфт як мансабдори ноҳия.", "tg")]
    [InlineData("بیش از ۳۸۰ جوان از ارگو به قیام مردمی روی آورده‌اند، یک مقام ولسوالی گفت.", "fa")]
    [InlineData("له ۳۸۰ زیات ځوانان له ارګو څخه د ولسي پاڅون لیکو ته ور ودانګل، د ولسوالۍ یوه چارواکي وویل.", "ps")]
    [InlineData("توافد أكثر من 380 شابا من أرغو على الهبة الشعبية، بحسب مسؤول في المديرية.", "ar")]
    [InlineData("ارگو کے 380 سے زیادہ نوجوان عوامی قیام میں آ ملے ہیں، ضلع کے ایک اہلکار نے کہا۔", "ur")]
    [InlineData("Plus de 380 jeunes d'Argo ont afflué vers le soulèvement populaire, selon un responsable du district.", "fr")]
    public void Young_men_who_flocked_to_an_uprising_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 380, "more-than");

    // Villagers who put themselves forward for community protection groups are the reserve those groups raise.
    [Theory]
    [InlineData("At least 190 villagers in Zebak have put themselves forward for community protection groups, the district chief said.", "en")]
    [InlineData("Sedikitnya 190 warga desa di Zebak telah mengajukan diri untuk kelompok perlindungan masyarakat, kata kepala distrik.", "id")]
    [InlineData("Mindestens 190 Dorfbewohner in Zebak haben sich den Gemeindeschutzgruppen zur Verfügung gestellt, sagte der Bezirkschef.", "de")]
    [InlineData("Не менее 190 сельчан в Зебаке вызвались в отряды общинной защиты, сообщил глава уезда.", "ru")]
    [InlineData("Ақаллан 190 деҳотӣ дар Зебок худро ба гурӯҳҳои ҳифзи ҷамоат пешниҳод карданд, гуфт раиси ноҳия.", "tg")]
    [InlineData("دست‌کم ۱۹۰ روستایی در زیباک خود را به گروه‌های حفاظت از جامعه معرفی کرده‌اند، ولسوال گفت.", "fa")]
    [InlineData("لږ تر لږه ۱۹۰ کلیوالو په زیباک کې د ټولنې د ساتنې ډلو ته ځانونه وړاندې کړي دي، ولسوال وویل.", "ps")]
    [InlineData("عرض ما لا يقل عن 190 قرويا في زيباك خدماتهم على لجان حماية الأهالي، بحسب حاكم المديرية.", "ar")]
    [InlineData("زیباک کے کم از کم 190 دیہاتیوں نے خود کو کمیونٹی حفاظتی دستوں کے لیے پیش کیا ہے، ضلع کے سربراہ نے کہا۔", "ur")]
    [InlineData("Au moins 190 villageois de Zebak se sont portés candidats aux groupes de protection communautaire, selon le chef du district.", "fr")]
    public void Villagers_who_came_forward_for_community_protection_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 190, "at-least");

    // Young men called to army service are called up, whatever the verb of calling.
    [Theory]
    [InlineData("Nearly 310 young men called to army service reported in Vose on Tuesday, the local administration said.", "en")]
    [InlineData("Knapp 310 zum Wehrdienst gerufene junge Männer meldeten sich am Dienstag in Wose, teilte die Verwaltung mit.", "de")]
    [InlineData("Почти 310 молодых людей, вызванных на военную службу, явились во вторник в Восе, сообщила администрация.", "ru")]
    [InlineData("نږدې ۳۱۰ ځوانان چې د اردو خدمت ته رابلل شوي وو، د سه شنبې په ورځ واسع ته راغلل، ادارې وویل.", "ps")]
    public void Young_men_called_to_army_service_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 310, "nearly");

    // Farmers handed rifles are mobilised: the Pashto plural of the weapon ("ټوپکې") and the Arabic accusative of "farmers" ("مزارعا") too.
    [Theory]
    [InlineData("قوماندانانو د شنبې په ورځ په ارګو کې شاوخوا ۱۷۰ بزګرانو ته ټوپکې ورکړې، یوه اوسېدونکي وویل.", "ps")]
    [InlineData("وزع قادة الميليشيا يوم السبت بنادق على نحو 170 مزارعا في أرغو، حسبما قال أحد السكان.", "ar")]
    public void Farmers_handed_rifles_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 170, "about");

    // Families that boats delivered, or landed, somewhere are refugees, as those that boats brought are.
    [Theory]
    [InlineData("Fishing boats delivered 45 families to Shahritus on Sunday, an official said.", "en")]
    [InlineData("Perahu nelayan mengantarkan 45 keluarga ke Shahritus pada Minggu, kata seorang pejabat.", "id")]
    [InlineData("Fischerboote beförderten am Sonntag 45 Familien nach Schahritus, sagte ein Beamter.", "de")]
    [InlineData("Рыбацкие лодки в воскресенье привезли 45 семей в Шахритус, сообщил чиновник.", "ru")]
    [InlineData("Қаиқҳои моҳигирӣ рӯзи якшанбе 45 оиларо ба Шаҳритус расонданд, гуфт як мансабдор.", "tg")]
    [InlineData("قایق‌های ماهیگیری روز یکشنبه ۴۵ خانواده را به شهرتوز رساندند، یک مقام گفت.", "fa")]
    [InlineData("د کبانو کښتیو د یکشنبې په ورځ ۴۵ کورنۍ شهرتوز ته ورسولې، یوه چارواکي وویل.", "ps")]
    [InlineData("أوصلت زوارق صيد يوم الأحد 45 عائلة إلى شهرتوز، وفق مسؤول.", "ar")]
    [InlineData("Des canots de pêche ont débarqué dimanche 45 familles à Chahritous, selon un responsable.", "fr")]
    public void Families_that_boats_delivered_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 45, "exact");

    // Labourers or workers flown out or evacuated are refugees, as people evacuated are.
    [Theory]
    [InlineData("Some 130 Tajik workers, airlifted from Kunduz, landed in Bokhtar on Friday, the ministry said.", "en")]
    [InlineData("Sekitar 130 buruh Tajikistan yang dievakuasi dari Kunduz mendarat di Bokhtar pada Jumat, kata kementerian.", "id")]
    [InlineData("Rund 130 tadschikische Arbeiter, die aus Kundus ausgeflogen worden waren, landeten am Freitag in Bochtar, teilte das Ministerium mit.", "de")]
    [InlineData("Около 130 таджикских рабочих, вывезенных из Кундуза, приземлились в пятницу в Бохтаре, сообщило министерство.", "ru")]
    [InlineData("Тақрибан 130 коргари тоҷик, ки аз Кундуз бароварда шуданд, рӯзи ҷумъа ба Бохтар фуруд омаданд, гуфт вазорат.", "tg")]
    [InlineData("حدود ۱۳۰ کارگر تاجیک که از کندز خارج شده بودند روز جمعه در بختر فرود آمدند، وزارت گفت.", "fa")]
    [InlineData("شاوخوا ۱۳۰ تاجک کارګران چې له کندز څخه ایستل شوي وو، د جمعې په ورځ بختر ته ورسېدل، وزارت وویل.", "ps")]
    [InlineData("هبط نحو 130 عاملا طاجيكيا تم إجلاؤهم من قندوز في بختر يوم الجمعة، بحسب الوزارة.", "ar")]
    [InlineData("تقریباً 130 تاجک مزدور، جنہیں قندوز سے نکالا گیا تھا، جمعہ کو بختر میں اترے، وزارت نے کہا۔", "ur")]
    [InlineData("Quelque 130 ouvriers tadjiks de Kunduz, évacués par avion, ont atterri vendredi à Bokhtar, selon le ministère.", "fr")]
    public void Workers_flown_out_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 130, "about");

    // Families sleeping or living under plastic sheeting are refugees, as families in tents are.
    [Theory]
    [InlineData("Nearly 70 families are sleeping under plastic sheets near Chah Ab, a relief official said.", "en")]
    [InlineData("Hampir 70 keluarga tidur di bawah plastik di dekat Chah Ab, kata seorang pejabat bantuan.", "id")]
    [InlineData("Fast 70 Familien schlafen bei Chah Ab unter Plastikfolie, sagte ein Helfer.", "de")]
    [InlineData("Почти 70 семей спят под плёнкой у Чахи-Аба, сообщил сотрудник помощи.", "ru")]
    [InlineData("Қариб 70 оила дар наздикии Чоҳоб зери рӯйпӯши пластикӣ хоб мекунанд, гуфт як мансабдор.", "tg")]
    [InlineData("نزدیک به ۷۰ خانواده در نزدیکی چاه آب زیر پلاستیک می‌خوابند، یک امدادگر گفت.", "fa")]
    [InlineData("نږدې ۷۰ کورنۍ د چاه آب سره نږدې د ترپالونو لاندې ویده کېږي، یوه مرستندوی وویل.", "ps")]
    [InlineData("تنام قرابة 70 عائلة تحت شراشف بلاستيكية قرب چاه آب، بحسب مسؤول إغاثة.", "ar")]
    [InlineData("چاہ آب کے پاس قریب 70 خاندان پلاسٹک کے نیچے سو رہے ہیں، ایک امدادی اہلکار نے کہا۔", "ur")]
    [InlineData("Près de 70 familles dorment sous des bâches près de Chah Ab, selon un humanitaire.", "fr")]
    public void Families_under_plastic_sheeting_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 70, "nearly");

    // Families who pitched a camp are refugees, as families who camped are (round 37's German and Urdu).
    [Theory]
    [InlineData("More than 210 families from Jurm have pitched camp outside Fayzabad, aid workers said.", "en")]
    [InlineData("Mehr als 210 Familien aus Jurm haben vor Faisabad ein Lager aufgeschlagen, sagten Helfer.", "de")]
    [InlineData("Более 210 семей из Джурма разбили лагерь под Файзабадом, сообщили гуманитарии.", "ru")]
    [InlineData("جرم کے 210 سے زیادہ خاندانوں نے فیض آباد کے باہر ڈیرے ڈال دیے ہیں، امدادی کارکنوں نے کہا۔", "ur")]
    [InlineData("Plus de 210 familles de Jurm ont dressé un camp aux portes de Faizabad, selon des humanitaires.", "fr")]
    public void Families_who_pitched_camp_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 210, "more-than");

    // Paramilitaries are soldiers (round 37's French "2 000 paramilitaires").
    [Theory]
    [InlineData("Pakistan has deployed up to 1,500 paramilitaries at Chaman, an official said.", "en")]
    [InlineData("Pakistan hat bis zu 1.500 Paramilitärs in Chaman stationiert, sagte ein Beamter.", "de")]
    [InlineData("Пакистан разместил в Чамане до 1500 военизированных, сообщил чиновник.", "ru")]
    [InlineData("Le Pakistan a déployé jusqu'à 1 500 paramilitaires à Chaman, selon un responsable.", "fr")]
    public void Paramilitaries_are_soldiers(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 1500, "up-to");

    // Workers counted with no flight, camp or call-up are no count: a word for workers alone says nothing of what they are.
    [Theory]
    [InlineData("About 300 workers rebuilt the road to Ishkashim in a month, the governor said.", "en")]
    [InlineData("Около 300 рабочих за месяц восстановили дорогу на Ишкашим, сообщил губернатор.", "ru")]
    public void Workers_who_only_worked_are_no_count(string text, string language) =>
        Assert.Empty(NumberFinder.Quantities(text, language));
}
