using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// The words <see cref="NumberFinder"/> reads around numbers, in id, de, en, ru, tg, fa, ps, ar, ur
/// and fr: units and multipliers (matched as word prefixes, so "военнослужащих" and "réservistes"
/// count), border words and counts written in words (the
/// qualifiers are <see cref="NumberQualifiers"/>). All lower case.
/// </summary>
internal static class NumberWords
{
    // Order matters: "tentara cadangan" and "reserve troops" are reservists before they are soldiers.
    private static readonly (string Key, string[] Words)[] Units =
    [
        ("reservists", ["cadangan", "reservis", "reserve", "réserviste", "réserve", "резервист", "запасник", "запаса", "захира", "эҳтиёт", "ذخیره", "احتیاط", "الاحتياط", "احتياط", "ریزرو", "زېرمه", "زیرمه",
            // Volunteers who come forward to defend a place are the reserve it raises ("more than 500 volunteers", "Freiwillige",
            // "добровольцев", "ихтиёриро", "داوطلبان", "متطوع", "رضاکار", "sukarelawan", "volontaires"): the nouns only, not the adverbs
            // "voluntarily" ("добровольно", "freiwillig", "volontairement", "ихтиёрӣ", "داوطلبانه", "رضاکارانہ", see NotUnits).
            "volunteer", "freiwillige", "добровольц", "доброволец", "ихтиёриён", "ихтиёриро", "ихтиёриҳо", "ихтиёриёни", "داوطلب", "متطوع", "رضاکار", "sukarelawan", "relawan", "volontaires",
            // New recruits are the reserve raised as volunteers are ("600 new recruits", "Rekruten", "rekrutan", "recrues", "новобранцев",
            // "навкор", "نیروی تازه‌استخدام", "مجند", "رنگروٹ"): the nouns only, not "recruited" nor "rekrutmen" (recruitment).
            "recruits", "rekruten", "rekrutan", "recrue", "новобранц", "навкор", "تازه‌استخدام", "مجند", "رنگروٹ",
            // Conscripts are called up as reservists are ("450 fresh conscripts", "Wehrpflichtige", "conscrits", "призывников", "даъватшаванда",
            // "مشمول", "مکلفین", Urdu "بھرتی شدہ", recruited, before its noun; Indonesian "wajib militer" right after the count, see UnitsRightAfterCount).
            "conscript", "wehrpflichtig", "conscrit", "призывник", "даъватшаванд", "مشمول", "مکلف", "بھرتی",
            // Draftees, named by the participle of the call-up ("380 draftees", "Einberufene", "призванных на службу", "даъватшуда", "appelés",
            // Arabic "المستدعين"): Persian "سرباز وظیفه" and Indonesian "peserta wajib militer" are read as words right after the count.
            "draftee", "einberufene", "призванн", "даъватшуд", "appelés", "مستدع",
            // Men liable for call-up, named as the reserve's register names them ("более 1200 военнообязанных"): before "военн" (servicemen).
            "военнообязанн"]),
        ("soldiers", ["tentara", "prajurit", "pasukan", "personel", "soldier", "troop", "servicemen", "serviceman", "personnel", "soldaten", "soldat", "militär", "militaire", "guard", "garde", "penjaga", "grenzschütz", "grenzpolizist",
            "солдат", "военнослужащ", "военн", "бойц", "пограничник", "сарбоз", "аскар", "низом", "хизматчи", "марзбон", "مرزبان", "حرس", "محافظ", "ساتونک", "ساتندوی", "نظامی", "سرباز", "نیرو", "عسکر", "سرتیر", "پوځی", "جندي", "جنود", "عسكري", "فوجی", "اہلکار", "سپاہی",
            // Commandos and special forces are soldiers ("up to 300 commandos", "нерӯҳои вижа", "القوات الخاصة").
            "commando", "kommando", "komando", "коммандос", "командос", "спецназ", "нерӯ", "کماندو", "کوماندو", "کمانڈو", "قوات",
            // Officers are soldiers: "officers", "Offiziere", "officiers", "офицеров", "افسران", "ضباط".
            "officer", "offizier", "officier", "perwira", "офицер", "афсар", "افسر", "ضابط", "ضباط",
            // Airborne troops are soldiers: "paratroopers", "Fallschirmjäger", "parachutistes", "десантников", "چترباز", "مظليين".
            "paratroop", "fallschirmjäger", "parachutiste", "десантник", "десантчӣ", "چترباز", "مظلي",
            // Members of the forces and border guards by their common names: "Armeeangehörige", "Grenzer", Pashto "پوله ساتي".
            "armeeangehörig", "grenzer", "ساتي", "ساتو",
            // Defenders of a place are its soldiers: "40 defenders", "Verteidiger", "défenseurs", "pembela", "защитников", "ҳимоятгар",
            // the plural "مدافعین", "المدافعين" (Arabic "مدافع" alone is also cannons; the Persian singular is below).
            "defender", "verteidiger", "défenseur", "pembela", "защитник", "ҳимоятгар", "مدافعین", "المدافعین",
            // Paramilitaries are soldiers ("up to 2,000 paramilitaries", "Paramilitärs", "paramilitaires", "paramiliter", "военизированных").
            "paramilit", "военизированн"]),
        // Police and militiamen are counted with the soldiers ("more than 50 policemen surrendered", "شرطيا", "پولیسو"), but are no soldiers
        // when only named ("Fighters entered the district, police said": see PoliceKey).
        (PoliceKey, ["police", "polizist", "policier", "polisi", "полицейск", "пулис", "پولیس", "شرطي", "شرطة", "militia", "miliz", "milicien", "milisi", "ополченц"]),
        ("refugees", ["pengungsi", "refugee", "displaced", "vertriebene", "déplacé", "переселенц", "بیجاشده", "بی‌جاشده", "نازح", "flüchtling", "réfugié", "беженц", "гуреза", "پناهجو", "پناه‌جو", "پناهنده", "آواره", "کډوال", "لاجئ", "نازح", "پناہ",
            // Asylum seekers and migrants who crossed: "asylum seekers", "Asylsuchende", "demandeurs d'asile", "мигрантов", "مهاجر", "مہاجر".
            "asylum", "asylsuchend", "asylbewerber", "demandeur", "pencari suaka", "migrant", "мигрант", "муҳоҷир", "مهاجر", "مہاجر",
            // Those who fled or were evacuated, named by the participle: "Geflüchtete", "Schutzsuchende", "evacuees", "évacués", "эвакуированных",
            // "беҷошудагон", "مهجر".
            "geflüchtet", "schutzsuchend", "evacuee", "évacué", "evakuierte", "эвакуированн", "беҷошуда", "овора", "مهجر",
            // The English participle before its noun, as the German and French ones ("120 evacuated Afghan students").
            "evacuated",
            // Russian "displaced persons" by its participle ("5 200 перемещённых лиц"), as "displaced", "déplacés", "بی‌جاشده" are.
            "перемещённ", "перемещенн"]),
        ("districts", ["district", "distrikt", "bezirk", "distrik", "kabupaten", "район", "уезд", "округ", "ноҳия", "ولسوالی", "ولسوالۍ", "مديري", "اضلاع", "ضلع"]),
        ("km", ["kilometer", "kilometre", "kilomètre", "km", "километр", "км", "کیلومتر", "كيلومتر", "كم", "کلومیٹر", "کیلو"]),
    ];

    // People counted without saying who they are ("5.000 warga", "3,000 families"): refugees when the sentence says they fled or were driven out.
    private static readonly string[] People =
    [
        "warga", "penduduk", "orang", "keluarga", "people", "residents", "civilians", "families", "اوسېدونک", "سكان", "رہائشی", "menschen", "einwohner", "zivilisten", "familien", "personnes", "habitants", "civils", "familles",
        "человек", "жител", "мирных", "семей", "семьи", "нафар", "сокин", "оила", "хонавода", "نفر", "تن", "ساکن", "غیرنظامی", "خانواده", "شخص", "أشخاص", "مدني", "عائل", "عوائل", "أسرة", "أسرا", "افراد", "لوگ", "شہری", "خاندان", "کسان", "کورن", "باشند",
        // The people of a country, counted as a noun ("150 Afghans", "150 афганцев", "۱۵۰ افغانان"): civilians unless a soldier word is
        // there. Plural forms only, as the singular starts the country's name ("افغانستان").
        "afghans", "afghanen", "афганц", "афғонҳо", "афғонро", "افغانان", "افغانوں", "أفغاني",
        // Villagers, women and children ("300 villagers", "Dorfbewohner", "сельчан", "روستاییان", "کلیوال", "القرويين", "دیہاتی"; Tajik counts
        // them in the singular, "240 деҳотӣ").
        "villagers", "villageois", "dorfbewohner", "сельчан", "деҳотиён", "деҳотӣ", "деҳотиро", "деҳотиҳо", "روستایی", "کلیوال", "قروي", "القروي", "دیہاتی",
        "women", "children", "frauen", "kinder", "femmes", "enfants", "perempuan", "wanita", "anak", "женщин", "детей", "занон", "кӯдак", "زنان", "کودک",
        "ښځ", "ماشوم", "نساء", "أطفال", "خواتین", "بچے", "بچوں",
        // Young men and youths ("350 youths", "Jugendliche", "jeunes", "pemuda", "юношей", "ҷавонон", "جوانان", "ځوانان", "شبان", "نوجوانوں"):
        // Urdu "جوان" is a soldier (see OwnLanguageUnits), looked up before these.
        "youths", "jugendliche", "jeunes", "pemuda", "юнош", "молодеж", "молодёж", "ҷавон", "جوان", "ځوان", "شاب", "شبان", "شباب", "نوجوان",
        // Russian "people" in its cases ("180 молодых людей", young people; "людям", "людьми").
        "люди", "людей", "людям", "людьми", "людях",
        // German "people" ("180 junge Leute").
        "leute",
        // Citizens of a country ("150 Tajik citizens", "Staatsbürger", "citoyens", "граждан", "шаҳрванди", "شهروند", "اتباع", "مواطنا"):
        // refugees when the sentence says they were evacuated or fled, as people are.
        "citizens", "staatsbürger", "citoyens", "граждан", "шаҳрванд", "شهروند", "اتباع", "مواطن",
        // A country's nationals abroad, as its ministry names them ("220 Tajik nationals", "Staatsangehörige", "ressortissants").
        "nationals", "staatsangehörig", "ressortissant",
        // Farmers ("250 farmers … have heeded the elders' appeal to take up arms", "Bauern", "paysans", "petani", "крестьян", "деҳқон",
        // "کشاورز", "بزګر", "فلاحين", "کاشتکار"; Urdu "کسان" is Pashto's word for persons, see Classifiers).
        // Arabic "مزارع" in every case ("مزارعين", "150 مزارعا").
        "farmers", "bauern", "paysans", "agriculteurs", "petani", "крестьян", "фермер", "деҳқон", "کشاورز", "دهقان", "بزګر", "فلاح", "مزارع", "کاشتکار",
        // Labourers and workers ("160 Tajik labourers, evacuated …", "Arbeiter", "рабочих", "коргар", "کارگر", "کارګران", "عامل", "مزدور",
        // "ouvriers", "buruh"): refugees when the sentence says they were evacuated or fled, as people are.
        "labourers", "laborers", "workers", "arbeiter", "рабочи", "коргар", "کارگر", "کارګر", "عامل", "عمال", "مزدور", "ouvriers", "travailleurs", "buruh",
        // Students ("120 evacuated Afghan students", "mahasiswa", "Studenten", "étudiants", "студентов", "донишҷӯ", "دانشجو", "محصلین", "طلاب", "طلبہ").
        "students", "studenten", "étudiants", "mahasiswa", "pelajar", "студент", "донишҷӯ", "دانشجو", "محصل", "طلاب", "طلبہ", "طلبا",
    ];

    // A count of a group already named ("180 of them", "350 из них", "٣٥٠ منهم", "90 autres", "350 нафари онҳо", "۳۵۰ تن از آنان"), or
    // more of it ("12 more are expected", "12 weitere", "12 lagi", "١٢ آخرين", "۱۲ دیگر", "12 дигар"): who they are comes from what they
    // did, and a group that crossed over or was disarmed is the soldiers the report spoke of.
    private static readonly string[] Anaphora =
        ["them", "них", "منهم", "autres", "others", "онҳо", "آنان", "آنها", "هغوی", "more", "weitere", "lagi", "آخرين", "آخرون", "اخرين", "دیگر", "дигар"];

    // More of a group already named, said before the number ("another 12 crossed", "ещё 12", "weitere 12", "encore 12", "боз 12",
    // "مزید 12", "نور ۱۲"): with no noun after the number, what is counted is that group (see Anaphora).
    private static readonly HashSet<string> Another = new(StringComparer.Ordinal) { "another", "ещё", "еще", "weitere", "encore", "боз", "مزید", "نور" };

    /// <summary>Whether a word before a number says the number counts more of a group already named ("another", "ещё", "مزید").</summary>
    public static bool IsAnother(string word) => Another.Contains(word);

    // A force's strength said before its number, the force itself named earlier ("ایک دستہ … جس کی نفری 600 سے زیادہ نہیں", a detachment
    // whose strength is not more than 600; "a battalion with a strength of 600", "батальон численностью до 600", "كتيبة قوامها 600"): only
    // troops are counted by their strength, so the number counts soldiers when no unit follows it.
    private static readonly string[] ForceStrength =
        ["strength of", "stärke von", "effectif de", "effectif d'", "effectif d’", "berkekuatan", "численностью", "قوامها", "قوامه", "بقوام", "نفری"];

    /// <summary>Whether the text before a number (its qualifier taken off) ends with a word for a force's strength ("جس کی نفری", "численностью").</summary>
    public static bool EndsWithForceStrength(string before) =>
        ForceStrength.Any(w => before.EndsWith(w, StringComparison.Ordinal) && (before.Length == w.Length || !char.IsLetter(before[^(w.Length + 1)])));

    // Civilians by name: people who cross are not taken for soldiers when these are named ("families crossed").
    private static readonly string[] Civilians =
    [
        "warga", "penduduk", "keluarga", "residents", "civilians", "families", "villagers", "einwohner", "zivilisten", "familien", "dorfbewohner", "habitants", "civils", "familles", "villageois",
        "жител", "мирных", "семей", "семьи", "сокин", "оила", "хонавода", "ساکن", "غیرنظامی", "خانواده", "مدني", "عائل", "عوائل", "أسرة", "شہری", "خاندان", "کورن", "باشند",
    ];

    // Crossing over or entering a country: a group counted as "of them" who did so are the soldiers the report spoke of ("350 of them
    // crossed"); people, families or a country's people who did so are refugees ("about 150 Afghans crossed into Tajikistan").
    private static readonly string[] CrossingOver =
    [
        "crossed", "came over", "waded", "entered", "überquert", "übergetreten", "setzten", "gelangt", "sont passés", "ont franchi", "ont traversé", "melintasi", "menyeberang", "memasuki",
        "перешли", "перешедш", "переправил", "пересекли", "вошли", "гузашт", "убур", "ворид", "گذشتند", "وارد", "عبروا", "وعبر", "عبرت", "دخلوا", "اوښت", "واوښت", "ننوتل", "پار کر", "داخل ہو",
    ];

    // Disarmed where they crossed: those counted are soldiers unless civilians are named.
    private static readonly string[] Disarmed = ["disarm", "entwaffn", "désarm", "разоруж", "lucuti", "халъи силоҳ", "беярақ", "خلع سلاح", "نزع سلاح", "جردوا", "تجريد", "بې وسلې"];

    private static readonly string[] Fleeing =
    [
        "mengungsi", "pengungsi", "melarikan", "fled", "flee", "displaced", "evacuat", "evakuasi", "evakuiert", "эвакуатсия", "تخلیه", "إجلاء", "انخلا", "geflohen", "flohen", "flucht", "vertrieben", "fui", "réfugi", "déplacé", "évacu", "бежал", "бежа", "покинул", "эвакуир", "гурехт", "фирор",
        "فرار", "گریخت", "آواره", "بیجا", "بی‌جا", "بې ځایه", "نزح", "فروا", "هرب", "نقل مکانی", "بے گھر", "بھاگ", "کډوال", "تښتېد", "بېځایه",
        // Evacuated, in the forms each language writes it: Tajik "тахлия шуданд", Pashto "ایستل شوي" (taken out), Arabic "إجلاء" with its
        // hamza on the letter an ending asks for ("تم إجلاؤهم", "بعد إجلائهم") and the passive "أجلي", Urdu "نکالے گئے" (taken out).
        // Flown or taken out of a country ("airlifted", "ausgeflogen", "вывезенных самолётом", Tajik "бароварда шуданд", Persian "خارج شده بودند").
        "airlifted", "flown out", "ausgeflogen", "вывезенн", "вывезли", "бароварда шуд", "خارج شده",
        "тахлия", "ایستل شوي", "ویستل شوي", "وایستل شول", "ووېستل شول", "إجلاؤ", "إجلائ", "اجلاء", "اجلاؤ", "أجلي", "نکالے گئے", "نکالا گیا", "نکالی گئی",
        // Driven from home, or moved away: "driven … from their homes", "кډه شوې" (Pashto: moved house), "ушли из домов".
        // Gathered at the border from the other side, waiting to cross ("2,000 people gathered near Farkhor", "تجمع 2000 شخص").
        "gathered", "massed", "versammelt", "rassembl", "berkumpul", "собрались", "ҷамъ омад", "گرد آمد", "راټول", "تجمع", "جمع ہو",
        // Waiting at a crossing, or turned back at it ("2,000 people waited at Sher Khan Bandar", "turned back 150 Afghans").
        // German "warten" as a word of its own, not "erwarten" (expect).
        // The Arabic present of a feminine subject or of "we" ("٤٠٠ أسرة تنتظر", 400 families wait) starts with another letter than "ينتظر".
        "waited", "waiting", "warteten", " warten", "attendaient", "attendent", "menunggu", "ждали", "ждут", "интизор", "منتظر", "انتظار", "انتظر", "ينتظر", "تنتظر",
        "ننتظر", "په تمه",
        // Holding out at a bank in hope of crossing: "harren am Ufer aus", "hoping to cross", "dans l'espoir de traverser", "على أمل العبور".
        " harren", "harrten", "ausharren", "hoping to cross", "hope to cross", "hoffen auf die überfahrt", "dans l'espoir de traverser", "espérant traverser",
        "berharap bisa menyeberang", "berharap menyeberang", "в надежде переправиться", "бо умеди убур", "به امید عبور", "د اوښتو په هیله", "على أمل العبور",
        // Arabic also says the hope as an adverb ("أملاً في العبور", "أملاً بالعبور"), read without its marks.
        "أملا في العبور", "أملا بالعبور", "أملا في عبور",
        "پار جانے کی امید",
        // Arrived from elsewhere: people counted who reached a place from their homes ("900 people from Jurm have reached Fayzabad").
        "reached", "arrived", "angekommen", "eingetroffen", "erreicht", "arrivé", "tiba", "добрались", "прибыли", "расидаанд", "رسیده", "وصل", "رسېدلي", "پہنچ",
        "ont gagné", "ont rejoint", "sampai di", "достигли", "дошли", "расиданд", "رسیدند", "رسېدل", "mencapai", "ont atteint", "avaient atteint",
        // Sheltered in camps: people counted for the camps being set up are refugees ("camps for up to 10,000 people").
        "camps", "kamp ", "lager für", "лагер", "урдугоҳ", "اردوگاه", "کمپ", "مخيم", "کیمپ",
        // Living in tents: "80 Afghan families are living in tents", "живут в палатках", "در خیمه‌ها زندگی می‌کنند", "تعيش في خيام".
        "tents", "zelten", "tentes", "tenda", "палатк", "хайма", "خیمه", "خېمو", "خيام", "خیموں",
        // Tents pitched: "Zelte aufgeschlagen", Persian "چادر زده‌اند", Pashto "خېمې درولې".
        "zelte ", "چادر زد", "خېمې", "خیمې",
        // Camping in the open: "150 families have camped for a week", "kampieren", "berkemah", "campent", "تخيم", Urdu "خیمے لگائے".
        "camped", "camping", "kampier", "berkemah", "campent", "campaient", "ont campé", "تخيم", "يخيم", "خیمے",
        // Pitching a camp: "pitched camp", "ein Lager aufgeschlagen", "разбили лагерь", Urdu "ڈیرے ڈال دیے", "ont dressé un camp".
        "pitched camp", "set up camp", "made camp", "lager aufgeschlagen", "lager errichtet", "разбили лагерь", "ڈیرے ڈال", "dressé un camp", "installé un camp",
        "mendirikan kamp",
        // Setting off with their belongings on carts ("250 families loaded their carts for the road to Mazar", "погрузили скарб на повозки").
        "carts", "karren", "gerobak", "charrette", "повозк", "скарб", "ароба", "бору бисот", "گادی", "په ګاډو بار", "سامانونه", "حملت عربات", "سامان لاد",
        "turned back", "zurückgewiesen", "memulangkan", "refoulé", "вернули", "баргардонд", "بازگرداند", "بېرته ستانه", "أعاد", "واپس بھیج",
        "driven", "their homes", "ihre häuser", "ihre heimat", "leurs foyers", "leurs maisons", "chassé", "vertreibung", "свои дома", "из домов", "хонаҳои худ", "خانه‌های خود", "خانه های خود", "منازلهم", "ديارهم", "کډه", "کډې", "گھر بار",
    ];

    // Taking shelter or refuge: people, families or residents who did so are refugees ("up to 300 families are sheltering in a mosque",
    // "berlindung", "укрываются", "паноҳ бурдаанд", "پناه گرفته‌اند", "پناه اخیستې", "لجأت", "پناہ لی", "ont trouvé refuge"). Only for people:
    // soldiers who took refuge across a border stay soldiers, and a group "of them" is the soldiers the report spoke of.
    // A place that houses them says so too ("beherbergt", "приютила", "تؤوي", "إيواء").
    private static readonly string[] Sheltering =
        ["shelter", "refuge", "berlindung", "укрыва", "укрыл", "убежищ", "приют", "beherberg", "паноҳ", "پناه", "پناہ", "لجأ", "لجؤ", "احتم", "تؤوي", "يؤوي", "إيواء", "ايواء",
            // French "s'abritent" (they shelter); the Arabic present of "احتمى" ("تحتمي", "يحتمون"), which drops its first letter.
            "s'abrit", "s’abrit", "abrités", "abritées", "تحتمي", "يحتمي", "يحتمون",
            // Shelters put up for them, by the noun ("makeshift shelters", "Notunterkünfte", "tempat berteduh", "временные укрытия",
            // Pashto "سرپناوې", "ملاجئ مؤقتة", "abris de fortune"; "سرپناه", "паноҳгоҳ" and "پناہ گاہیں" hold "پناه" already).
            "unterkunft", "unterkünft", "berteduh", "укрыти", "سرپناو", "ملاجئ", "ملجأ", "abris",
            // Plastic sheeting or tarpaulins they sleep or live under ("under plastic sheeting", "unter Plastikplanen", "под полиэтиленовой
            // плёнкой", "плёнкаи пластикӣ", "ورقه‌های پلاستیکی", "ترپالونو", "أغطية بلاستيكية", "پلاسٹک کی چادروں", "bâches", "lembaran plastik").
            "plastic sheet", "plastik", "полиэтилен", "плёнк", "пленк", "пластикӣ", "پلاستیک", "ترپال", "بلاستيك", "پلاسٹک", "bâche",
            // Tarpaulins and canvas by their own names ("under tarpaulins", "unter Planen", "под брезентом", "зери брезент", "زیر برزنت",
            // "تحت أقمشة مشمعة", "sous des toiles goudronnées", "di bawah terpal"): German "planen" alone is also "to plan".
            "tarpaulin", "tarps", "under canvas", "unter planen", "unter einer plane", "zeltplane", "segeltuch", "брезент", "برزنت", "مشمع",
            "toiles goudronn", "toile goudronn", "terpal",
            // Awnings and shades they sleep under ("under makeshift awnings", "Sonnensegel", "навесы", "соябонҳо", "سایبان‌ها", Pashto
            // "سیوريو لاندې", "مظلات", "سائبانوں", "auvents", "naungan").
            "awning", "sonnensegel", "навес", "соябон", "سایبان", "سیوريو", "مظلات", "مظلة", "سائبان", "auvent", "naungan"];

    // Sent to the front line: people armed and sent there are mobilised ("sent to the front line", "an die Front", "на передовую", "خط مقدم").
    private static readonly string[] FrontLine =
    [
        "front line", "frontline", "to the front", "an die front", "garis depan", "au front", "на передовую", "на фронт", "хатти ҷабҳа", "خط مقدم", "لومړۍ کرښې",
        "خط الجبهة", "محاذ",
    ];

    // Armed by those who raise them: people the government or a militia armed are mobilised ("has armed at most 500 local men",
    // "bewaffnet", "a armé", "mempersenjatai", "вооружили", "мусаллаҳ кардааст", "مسلح کرده", "وسله وال کړي", "سلحت", "مسلح کیا"). Only the
    // verb: "armed men", "bewaffnete Männer", "hommes armés", "bersenjata", "вооружённые", "مردان مسلح", "مسلحين" are who they are, not a call-up;
    // a verb starts its word, as "disarming" and "أسلحتهم" (their weapons) hold one. Every tense and person the reports use: the French
    // past infinitive and conditional ("affirme avoir armé", "aurait armé"), the Arabic masculine ("إنه سلّح", he armed) and present, and the
    // Persian and Tajik verbs of making ("مسلح ساخته", "мусаллаҳ сохтааст") beside those of doing.
    private static readonly string[] Arming =
    [
        "has armed", "have armed", "had armed", "having armed", "been armed", "were armed", "was armed", " arming", " bewaffnet ", " bewaffnet,", " bewaffnet.",
        "a armé", "ont armé", "avait armé", "avaient armé", "avoir armé", "aurait armé", "auraient armé", "ayant armé", "été armés",
        "mempersenjatai", "dipersenjatai", "вооружил", "вооружены", "раздали оружие", "мусаллаҳ кард", "мусаллаҳ шуд", "мусаллаҳ сохт", "мусаллаҳ намуд",
        "مسلح کرد", "مسلح شد", "مسلح ساخت", "مسلح نمود", "تسلیح", "وسله وال کړ", "وسله وال شو", " سلح ", "وسلح ", " سلحت", "وسلحت", " سلحوا", " يسلح", " تسلح ", "تسليح",
        "مسلح کی", "مسلح کر",
    ];

    // Taking up arms: people who armed themselves against an enemy are mobilised as those armed by others are ("300 villagers have taken up
    // arms", "zu den Waffen gegriffen", "ont pris les armes", "взялись за оружие", "سلاح برداشته‌اند", "وسله پورته کړې", "حملوا السلاح",
    // "ہتھیار اٹھا لیے"). Laying them down ("ہتھیار ڈال دیے") is a surrender, not this. A call or a readiness to take them up says it in
    // the infinitive, the verbal noun or a participle, and Tajik and Persian put the weapon after their verbal noun: "zu den Waffen zu
    // greifen", "die Waffen zu ergreifen", "взяться за оружие", "взявшихся за оружие", "ба даст гирифтани силоҳ", "برداشتن سلاح", Pashto
    // "چې وسلې واخلي" (that they take weapons), "لحمل الأسلحة".
    private static readonly string[] TakingUpArms =
    [
        "took up arms", "taken up arms", "take up arms", "taking up arms", "takes up arms", "picked up arms", "pick up arms", "picking up arms", "took up weapons",
        "taken up weapons", "take up weapons", "taking up weapons", "picked up weapons",
        "zu den waffen gegriffen", "zu den waffen griffen", "zu den waffen greifen", "zu den waffen zu greifen", "zur waffe gegriffen", "zur waffe greifen",
        "zur waffe zu greifen", "die waffen ergriffen", "die waffen ergreifen", "die waffen zu ergreifen",
        "pris les armes", "prennent les armes", "prendre les armes", "prenant les armes", "prendront les armes", "prenaient les armes",
        "mengangkat senjata", "angkat senjata", "memanggul senjata",
        "взялись за оружие", "взяли в руки оружие", "берутся за оружие", "взяться за оружие", "взявшихся за оружие", "взявшиеся за оружие", "взявшимися за оружие",
        "взять в руки оружие", "взявших в руки оружие", "взявшие в руки оружие", "взять оружие в руки", "взяли оружие в руки",
        "силоҳ ба даст гирифт", "силоҳ бардошт", "ба даст гирифтани силоҳ", "бардоштани силоҳ", "силоҳ ба даст гиранд", "силоҳ ба даст бигиранд", "силоҳ бардоранд",
        "سلاح برداشت", "سلاح به دست گرفت", "دست به سلاح", "برداشتن سلاح", "به دست گرفتن سلاح", "سلاح بردارند", "سلاح به دست بگیرند", "سلاح به دست گیرند",
        "وسله پورته کړ", "وسلې پورته کړ", "وسلې ته لاس", "وسلو ته لاس", "وسله را واخیست", "وسلې را واخیست", "وسله واخلي", "وسلې واخلي", "وسلې واخیستې",
        "حملوا السلاح", "يحملون السلاح", "حمل السلاح", "رفعوا السلاح", "رفع السلاح", "حمل الأسلحة", "حملوا الأسلحة", "يحملون الأسلحة",
        "ہتھیار اٹھا", "اسلحہ اٹھا", "ہتھیار سنبھال",
        // Pashto "took weapons in hand" ("وسلې په لاس کې اخیستې دي"), as Persian "سلاح به دست گرفت" says it.
        "وسلې په لاس کې اخیست", "وسلې په لاس کې واخیست", "وسله په لاس کې اخیست", "وسله په لاس کې واخیست",
    ];

    // Arabic opens a sentence with its verb and puts the weapons after the subject ("حمل أكثر من 3000 من أعضاء الميليشيات السلاح", more
    // than 3,000 militia members took up arms): a verb of carrying or raising that opens the text, and the weapons later in it.
    private static readonly string[] ArabicArmsVerbsFirst = ["حمل ", "حملت ", "رفع ", "رفعت "];

    private static readonly string[] ArabicArms = [" السلاح", " الأسلحة", " الاسلحة"];

    private static bool ArabicVerbFirstTookUpArms(string plain) =>
        ArabicArmsVerbsFirst.Any(v => plain.StartsWith(v, StringComparison.Ordinal)) && ArabicArms.Any(a => plain.Contains(a, StringComparison.Ordinal));

    /// <summary>Whether a sentence (lower case) says people took up arms themselves ("taken up arms", "سلاح برداشته‌اند").</summary>
    public static bool SaysTookUpArms(string lower) => TookUpArms(NonSpacingMarks.Without(lower));

    private static bool TookUpArms(string plain) => TakingUpArms.Any(w => plain.Contains(w, StringComparison.Ordinal)) || ArabicVerbFirstTookUpArms(plain);

    /// <summary>Whether a sentence (lower case) says people were mobilised: armed or given weapons by those who raise them, armed by themselves, or sent to the front line.</summary>
    public static bool SaysMobilised(string lower)
    {
        // Arabic marks the doubled letter of its verb ("سلّحت"): the words are looked for without it.
        var plain = NonSpacingMarks.Without(lower);
        return CueSearch.ContainsAny(lower, FrontLine) || TookUpArms(plain)
            || GivenWeapons.Said(plain) || PlainPastArming.Said(plain) || Arming.Any(w => ArmedNotUnarmed(plain, w) || OpensText(plain, w));
    }

    // A verb written with a space before it as a word of its own (" سلح ") may open the sentence ("سلّح قادة محليون …", commanders armed).
    private static bool OpensText(string plain, string verb) => verb[0] == ' ' && plain.AsSpan().StartsWith(verb.AsSpan(1), StringComparison.Ordinal);

    // Urdu and Persian make "unarmed" and "disarm" with "غیر" before "armed" ("غیر مسلح کیا گیا", they were disarmed).
    private const string Un = "غیر ";

    private static bool ArmedNotUnarmed(string plain, string verb)
    {
        for (var at = plain.IndexOf(verb, StringComparison.Ordinal); at >= 0; at = plain.IndexOf(verb, at + 1, StringComparison.Ordinal))
        {
            if (!plain.AsSpan(0, at).EndsWith(Un, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence (lower case) says people took shelter or refuge.</summary>
    public static bool SaysSheltered(string lower) => CueSearch.ContainsAny(lower, Sheltering);

    // "Waiting" said of what is expected, not of people waiting: "انتظار می‌رود" and "интизор меравад" are "it is expected" ("12 more are
    // expected"), and waiting makes those counted refugees (see Fleeing).
    private static readonly string[] Expected = ["انتظار می‌رود", "انتظار می رود", "انتظار میرود", "интизор мерав"];

    private static string WithoutExpected(string lower)
    {
        foreach (var phrase in Expected)
        {
            lower = lower.Contains(phrase, StringComparison.Ordinal) ? lower.Replace(phrase, " ", StringComparison.Ordinal) : lower;
        }

        return lower;
    }

    // Taken in or sheltered: people a district receives are refugees ("took in more than 100 people", "menampung 100 orang").
    private static readonly string[] TakenIn =
        ["took in", "taken in", "sheltered", "accueilli", "héberge", "untergebracht", "menampung", "ditampung", "принял", "приняли", "қабул кард", "پذیرفت", "ومنل", "استقبل", "پناہ دی"];

    // Multipliers written short with a full stop ("20 тыс.", "1,5 млн.", "20 Tsd."): the stop ends no unit search.
    private static readonly HashSet<string> AbbreviatedMultipliers = new(StringComparer.Ordinal) { "тыс", "млн", "млрд", "ҳаз", "tsd", "mio", "mln", "rb", "jt" };

    private static readonly (string[] Words, double Factor)[] Multipliers =
    [
        (["ribu", "thousand", "tausend", "tsd", "mille", "тысяч", "тыс", "ҳазор", "هزار", "ألف", "آلاف", "الف", "ہزار", "زره", "زر"], 1_000),
        // "четыре десятка военных", "two dozen soldiers": tens and dozens counted are a count too.
        (["десяток", "десятк"], 10),
        (["dozen", "dutzend"], 12),
        (["lakh", "لاکھ"], 100_000),
        (["juta", "jt", "million", "millionen", "mio", "mln", "миллион", "млн", "میلیون", "مليون", "ملین"], 1_000_000),
    ];

    public static readonly string[] Border = ["perbatasan", "border", "frontier", "grenze", "frontière", "границ", "сарҳад", "марз", "مرز", "حدود", "الحدود", "سرحد", "پوله", "پولې", "پولو", "برید"];

    // Persian and Pashto "حدود" is "about" ("حدود ۴۰ کیلومتر"), the border only in Arabic and Urdu.
    private static readonly HashSet<string> NotBorderIn = new(StringComparer.Ordinal) { "fa:حدود", "ps:حدود" };

    // Those who guard a border, and its posts, name no border of a length: "border guards held drills … about 30 km south of Bokhtar"
    // measures a distance ("gardes-frontières", "penjaga perbatasan", "марзбон", "مرزبان", "پوله ساتو", "حارس حدود", "سرحدی محافظ"), and
    // so do its units ("border units", "یگان‌های مرزی", "وحدات الحدود", "سرحدی دستے").
    private static readonly string[] BorderGuards =
    [
        "border guard", "border service", "border post", "border troops", "border police", "border force", "border outpost", "grenzeinheit",
        "garde-frontière", "gardes-frontières", "garde-frontières", "gardes frontières", "poste-frontière", "postes-frontières", "poste frontière",
        "penjaga perbatasan", "pos perbatasan", "pasukan perbatasan", "polisi perbatasan", "марзбон",
        "посгоҳи марз", "қӯшунҳои марз", "нерӯҳои марз", "مرزبان", "پاسگاه مرز", "نیروهای مرز", "گارد مرز", "پوله ساتو", "پولې ساتو",
        "پولو ساتو", "سرحدي ساتو", "حرس الحدود", "حرس حدود", "حارس حدود", "حراس الحدود", "حراس حدود", "شرطة الحدود", "سرحدی محافظ", "سرحدی فورس",
        "سرحدی چوکی", "سرحدی پولیس", "سرحدی دستے", "سرحدی دستوں", "سرحدی دستہ", "سرحدی اہلکار", "سرحدی فوج", "border units", "border detachment",
        "frontier guard", "frontier troops", "frontier force", "یگان‌های مرزی", "یگان مرزی", "هنگ مرزی", "سرحدي ځواک", "قوات الحدود", "وحدات الحدود",
    ];

    /// <summary>Whether a sentence (lower case) speaks of a border, in the words its language uses for one, other than its guards and posts.</summary>
    public static bool NamesBorder(string lower, string? language) =>
        Border.Any(w => !NotBorderIn.Contains($"{language}:{w}") && OutsideGuards(lower, w));

    private static bool OutsideGuards(string lower, string word)
    {
        for (var at = lower.IndexOf(word, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (!BorderGuards.Any(g => StartsAround(lower, g, at)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a guard phrase stands in the sentence over the position of a border word.
    private static bool StartsAround(string lower, string phrase, int at)
    {
        var from = Math.Max(0, at - phrase.Length + 1);
        var found = lower.IndexOf(phrase, from, Math.Min(lower.Length - from, at - from + phrase.Length), StringComparison.Ordinal);
        return found >= 0 && found <= at;
    }

    /// <summary>
    /// The quantity a word counts, if it is a unit word: a word starting with one, or in German a compound ending in one
    /// ("Binnenvertriebene", "Grenzsoldaten"); "people" for people not said to be anything more.
    /// </summary>
    public static string? Unit(string word, string? language) => UnitOfWord(WithoutArabicArticle(word), language);

    // Arabic writes the article onto the noun ("من الجنود", of the soldiers).
    private static string WithoutArabicArticle(string word) => word.Length > ArabicArticle.Length + 2 && word.StartsWith(ArabicArticle, StringComparison.Ordinal) ? word[ArabicArticle.Length..] : word;

    private const string ArabicArticle = "ال";

    // "And" in every language: "troops and reservists", "سرباز و نیروی ذخیره", "سرتېرو او احتیاط ځواکونو", "فوجیوں اور ریزرو اہلکاروں".
    private static readonly HashSet<string> AndWords = new(StringComparer.Ordinal) { "and", "und", "et", "dan", "и", "ва", "و", "او", "اور" };

    /// <summary>Whether a word joins a second group to the first: "and", or a unit word with Arabic "and" written onto it ("وجندي").</summary>
    public static bool IsAnd(string word, string? language) =>
        AndWords.Contains(word) || (word.Length > 2 && word[0] == 'و' && Unit(word[1..], language) is not null);

    /// <summary>Words that take a part of what a later number counts: "20 of the province's 28 districts", "более 20 из 28 уездов".</summary>
    public static bool IsPartitive(string word) => Partitives.Contains(word);

    private static readonly HashSet<string> Partitives = new(StringComparer.Ordinal) { "of", "der", "des", "dari", "из", "аз", "من", "از", "له", "څخه" };

    // Words that are units in one language only: Urdu "جوان" (soldiers, "300 جوان") is "young" in Persian; Persian "مدافع" (a
    // defender, "۴۰ مدافع") is cannons in Arabic.
    private static readonly Dictionary<string, (string Prefix, string Key)[]> OwnLanguageUnits = new(StringComparer.Ordinal)
    {
        ["ur"] = [("جوان", "soldiers")],
        ["fa"] = [("مدافع", "soldiers")],
    };

    // Tajik "ихтиёрӣ" is volunteers right after a count ("300 ихтиёрӣ … номнавис шуданд") and "voluntarily" anywhere else ("сарбозон
    // ихтиёрӣ гузаштанд"); Indonesian "wajib militer" (military duty) right after a count is its conscripts ("450 wajib militer baru"): a
    // unit only as the first words after the number.
    // Persian "سرباز وظیفه" (a soldier of duty) is a conscript, though "سرباز" alone is a soldier, and Indonesian "peserta wajib militer"
    // (a participant in military duty) one of the conscripts.
    private static readonly Dictionary<string, (string[] Words, string Key)[]> UnitsRightAfterCount = new(StringComparer.Ordinal)
    {
        ["tg"] = [(["ихтиёрӣ"], "reservists")],
        ["id"] = [(["wajib", "militer"], "reservists"), (["peserta", "wajib", "militer"], "reservists")],
        ["fa"] = [(["سرباز", "وظیفه"], "reservists")],
    };

    /// <summary>The unit of words that are one only right after the count, in this language ("300 ихтиёрӣ", "450 wajib militer"), or null.</summary>
    public static string? UnitRightAfterCount(List<string> words, int from, string? language) =>
        language is not null && UnitsRightAfterCount.TryGetValue(language, out var units)
            ? units.FirstOrDefault(u => from + u.Words.Length <= words.Count && u.Words.Select((w, i) => w == words[from + i]).All(same => same)).Key
            : null;

    /// <summary>
    /// Whether a word closes the noun phrase a number counts: Urdu's ergative "نے" ends a subject ("400 مردوں نے پولیس کے ساتھ …", 400
    /// men together with the police …), and a noun after it is no part of what is counted.
    /// </summary>
    public static bool ClosesCountedPhrase(string word, string? language) => language == "ur" && word == UrduErgative;

    private const string UrduErgative = "نے";

    // Russian puts a participle's complement inside an attribute ("Триста закаленных в боях афганских спецназовцев", three hundred
    // battle-hardened Afghan special forces): the preposition is no word of the reach to the noun.
    private static readonly HashSet<string> RussianPrepositions = new(StringComparer.Ordinal) { "в", "во", "на", "с", "со", "из", "под", "по", "от" };

    /// <summary>Whether a word between a number and its noun is a preposition of an attribute's complement, which uses up none of the reach.</summary>
    public static bool IsPrepositionInAttribute(string word, string? language) => language == "ru" && RussianPrepositions.Contains(word);

    // Service, which a word for soldiers qualifies ("پوځي خدمت ته", "فوجی خدمت کے لیے", "на военную службу", "service militaire", "خدمت
    // سربازی", "الخدمة العسكرية"): military service names no soldiers.
    private static readonly string[] Service = ["service", "dienst", "служб", "хизмат", "خدمت", "خدمة", "الخدمة"];

    /// <summary>
    /// Whether the word at <paramref name="at"/> is a word for soldiers that qualifies a word for service beside it ("پوځي خدمت", military
    /// service), and so counts no soldiers. A unit word that starts as service does ("servicemen") is no word for service.
    /// </summary>
    public static bool QualifiesService(List<string> words, int at, string? language) =>
        ((at + 1 < words.Count && IsService(words[at + 1], language)) || (at > 0 && IsService(words[at - 1], language))) && Unit(words[at], language) == "soldiers";

    private static bool IsService(string word, string? language) => Service.Any(s => word.StartsWith(s, StringComparison.Ordinal)) && Unit(word, language) is null;

    // Adverbs that start as a unit word does: "voluntarily" ("داوطلبانه", "رضاکارانہ") says how people went, not who they are.
    private static readonly string[] NotUnits = ["داوطلبانه", "رضاکارانہ", "رضاکارانه"];

    // Tajik marks a definite object with "-ро" ("афғонеро, ки …", the Afghans who …; "мардро"): a whole word of Men or Demonyms with it.
    private const string TajikObject = "ро";

    private static string? UnitOfWord(string word, string? language) =>
        NotUnits.Any(a => word.StartsWith(a, StringComparison.Ordinal)) ? null : UnitOfWordOrPhrase(word, language);

    private static string? UnitOfWordOrPhrase(string word, string? language) =>
        (UnitPrefixes.TryFirst(word, out var unit) ? unit : null)
        ?? (language is not null && OwnLanguageUnits.TryGetValue(language, out var own) ? own.FirstOrDefault(u => word.StartsWith(u.Prefix, StringComparison.Ordinal)).Key : null)
        ?? (language == "de" ? Units.FirstOrDefault(u => u.Words.Any(w => w.Length >= MinCompoundPart && word.Length >= w.Length + MinCompoundPart && word.IndexOf(w, MinCompoundPart, StringComparison.Ordinal) > 0)).Key : null)
        ?? (Anaphora.Contains(word) || IsClassifier(word) ? GroupKey : null)
        ?? (PeoplePrefixes.TryFirst(word, out _) || Demonyms.Contains(word) || Men.Contains(word) || IsTajikObjectOfPeople(word, language) ? PeopleKey : null)
        ?? (WithPashtoYe(word) is { } plain ? UnitOfWord(plain, language) : null)
        ?? (WithPersianLetters(word) is { } persian ? UnitOfWord(persian, language) : null)
        ?? (PersianSingular(word) is { } singular ? UnitOfWord(singular, language) : null);

    private static bool IsTajikObjectOfPeople(string word, string? language) =>
        language == "tg" && word.Length > TajikObject.Length + 2 && word.EndsWith(TajikObject, StringComparison.Ordinal)
        && (Demonyms.Contains(word[..^TajikObject.Length]) || Men.Contains(word[..^TajikObject.Length]));

    // Persian nouns in -ه make their plural in -گان ("پناهنده", "پناهندگان"; "آواره", "آوارگان"; "بیجاشده", "بیجاشدگان"), which no longer
    // starts with the singular: the singular is looked up instead.
    private static string? PersianSingular(string word) =>
        word.Length > 4 && word.EndsWith("گان", StringComparison.Ordinal) ? word[..^3] + "ه" : null;

    // The unit words in the order of Units (the first unit that has a word beginning the word wins); two letters or fewer match a whole word.
    private static readonly PrefixIndex<string> UnitPrefixes = new(Units.SelectMany(u => u.Words.Select(w => (w, u.Key))), wholeWordUpTo: 2);

    private static readonly PrefixIndex<bool> PeoplePrefixes = new(People.Select(w => (w, true)));

    // Words that only count persons ("100 нафар", "۱۰۰ نفر", "۳۵۰ تن", "100 человек"), said of soldiers as of anyone: a group, whose
    // crossing over does not make them refugees. Short ones are whole words ("تنها" is "only").
    private static readonly string[] Classifiers = ["нафар", "человек", "کسان"];

    private static readonly HashSet<string> ShortClassifiers = new(StringComparer.Ordinal) { "نفر", "تن" };

    private static bool IsClassifier(string word) => ShortClassifiers.Contains(word) || Classifiers.Any(c => word.StartsWith(c, StringComparison.Ordinal));

    // Members of a force, counted by the word for its members ("3,000 members of local self-defence militias", "Mitglieder", "Angehörige",
    // "anggota", "членов", "аъзои", "عضو", "اعضای", "غړو", "أعضاء", "عناصر", "ارکان", "membres"): who they are is the force's (see NumberFinder).
    private static readonly string[] Members =
    [
        "member", "mitglied", "angehörig", "anggota", "член", "аъзо", "عضو", "اعضا", "أعضاء", "اعضاء", "عناصر", "غړي", "غړو", "غړیو", "ارکان", "رکن", "اراکین", "membre",
    ];

    /// <summary>Whether a word counts the members of a force ("members", "членов", "أعضاء"), which says nothing yet of who they are.</summary>
    public static bool IsMember(string word) => Members.Any(m => word.StartsWith(m, StringComparison.Ordinal));

    // Men counted ("300 men on the reserve lists", "۳۰۰ مرد"): people, whole words only ("men" starts "mengungsi").
    private static readonly HashSet<string> Men = new(StringComparer.Ordinal)
    {
        "men", "männer", "hommes", "pria", "мужчин", "мужчины", "мардон", "мард", "марди", "مرد", "مردان", "سړي", "رجل", "رجلا", "رجال", "مردوں", "آدمی",
        // The Russian dative and instrumental ("выдала винтовки 350 мужчинам") and the Pashto oblique plural ("۹۰۰ سړو … واخیستل").
        "мужчинам", "мужчинами", "سړو",
    };

    // Persian, Pashto, Urdu and Tajik count people with the singular demonym ("۴۰۰ افغان", "400 афғон"), Tajik with its ending before a
    // relative clause or a genitive ("150 афғоне, ки …"): the whole word only, as it starts the country's name ("افغانستان").
    private static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal) { "افغان", "афғон", "афғоне", "афғони", "تاجیک", "тоҷик", "тоҷике", "тоҷики" };

    // Arabic writes ك and ي where Persian, Urdu and Pashto write ک and ی ("الكوماندوز", the lists' "کوماندو"): a word in Arabic letters
    // that no list holds is looked up in the Persian ones.
    private static string? WithPersianLetters(string word) =>
        word.AsSpan().IndexOfAny('ك', 'ي', 'ى') >= 0 ? word.Replace('ك', 'ک').Replace('ي', 'ی').Replace('ى', 'ی') : null;

    // Pashto writes ې and ۍ where the word lists have ی ("سرتېري", soldiers; the list's "سرتیر").
    private static string? WithPashtoYe(string word) =>
        word.AsSpan().IndexOfAny('ې', 'ۍ') >= 0 ? word.Replace('ې', 'ی').Replace('ۍ', 'ی') : null;

    public const string PeopleKey = "people";

    /// <summary>The unit of police and militiamen, whose count is a count of soldiers (see <see cref="NumberFinder"/>).</summary>
    public const string PoliceKey = "police";

    /// <summary>The key of a group counted as a part of one already named ("180 of them") or by a word that only counts persons ("350 нафар").</summary>
    public const string GroupKey = "group";

    private const int MinCompoundPart = 3;

    private static readonly char[] WordBreaks = [' ', '\u00A0', ',', '.', '،', '\u200C'];

    private static readonly char[] ArabicWordBreaks = [' ', '\u00A0', '،', ','];

    /// <summary>Whether a sentence (lower case) names people ("families", "residents") and no soldiers: those who move are civilians.</summary>
    public static bool NamesOnlyCivilians(string lower)
    {
        var words = lower.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => PeoplePrefixes.TryFirst(w, out _)) && !words.Any(w => Unit(w, null) is "soldiers" or "reservists");
    }

    /// <summary>Whether a sentence (lower case) names refugees by a unit word ("беженцы", "آوارگان", "لاجئون"), wherever it stands.</summary>
    public static bool NamesRefugees(string lower, string? language) =>
        lower.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries).Any(w => Unit(w, language) == "refugees");

    /// <summary>Whether a sentence (lower case) says people fled or were displaced.</summary>
    public static bool SaysFled(string lower)
    {
        // Arabic vowel and doubling marks are no part of a word ("فرّ"), and its verb "fled", فرّ, is too short to find inside other words.
        var plain = WithoutExpected(NonSpacingMarks.Without(lower));
        return Fleeing.Any(w => plain.Contains(w, StringComparison.Ordinal)) || SaysTakenIn(plain)
            || plain.Split(ArabicWordBreaks).Any(w => ArabicFled.Contains(w));
    }

    /// <summary>Whether a sentence (lower case) says a place took people in ("Roshtqala took in 100 people", "nahm … 100 Menschen … auf").</summary>
    public static bool SaysTakenIn(string lower) => CueSearch.ContainsAny(lower, TakenIn) || SaysTookInGerman(lower);

    private static readonly HashSet<string> ArabicFled = new(StringComparer.Ordinal) { "فر", "وفر", "فرت", "وفرت", "ففر" };

    // German takes people in with a separable verb: "nahm der Bezirk … 100 Menschen … auf".
    private static bool SaysTookInGerman(string lower) =>
        (lower.Contains("aufgenommen", StringComparison.Ordinal) || lower.Contains("nahm", StringComparison.Ordinal))
        && (lower.Contains("aufgenommen", StringComparison.Ordinal) || lower.TrimEnd(' ', '.', '"', '»', '\n').EndsWith(" auf", StringComparison.Ordinal));

    /// <summary>Whether a sentence (lower case) says a group crossed over or entered a country.</summary>
    public static bool SaysCrossedOver(string lower) => CueSearch.ContainsAny(lower, CrossingOver);

    /// <summary>Whether a sentence (lower case) says a group was disarmed (what is done to soldiers who cross a border).</summary>
    public static bool SaysDisarmed(string lower)
    {
        // Arabic marks its doubled letters ("جُرّدوا"): the words are looked for without them.
        var plain = NonSpacingMarks.Without(lower);
        return Disarmed.Any(w => plain.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Whether a sentence (lower case) names civilians (families, residents, villagers).</summary>
    public static bool NamesCivilians(string lower) => CueSearch.ContainsAny(lower, Civilians);

    /// <summary>Whether a word is a multiplier written short, so that a full stop after it ends no sentence part.</summary>
    public static bool IsAbbreviatedMultiplier(string word) => AbbreviatedMultipliers.Contains(word);

    // A multiplier of two letters is a whole word: Pashto "زر" (a thousand, "یو زر") starts "زرغون" and the district Zurmat ("زرمت").
    private const int WholeMultiplierUpTo = 2;

    public static double? Multiplier(string word) =>
        Multipliers.FirstOrDefault(m => m.Words.Any(w => word.StartsWith(w, StringComparison.Ordinal) && (w.Length > WholeMultiplierUpTo || word.Length == w.Length))) is { Words: not null } m
            ? m.Factor : null;

    // Urdu 21 … 99 in order (before the table built from them), the tens (already above) and the left-out words empty.
    private static readonly string[] UrduCounts =
    [
        "اکیس", "بائیس", "تئیس", "چوبیس", "پچیس", "چھبیس", "ستائیس", "اٹھائیس", "انتیس", "",
        "اکتیس", "بتیس", "تینتیس", "چونتیس", "پینتیس", "چھتیس", "سینتیس", "اڑتیس", "انتالیس", "",
        "اکتالیس", "بیالیس", "تینتالیس", "چوالیس", "پینتالیس", "چھیالیس", "سینتالیس", "اڑتالیس", "انچاس", "",
        "اکاون", "باون", "ترپن", "چون", "پچپن", "چھپن", "ستاون", "اٹھاون", "انسٹھ", "",
        "اکسٹھ", "باسٹھ", "تریسٹھ", "چونسٹھ", "پینسٹھ", "چھیاسٹھ", "سڑسٹھ", "اڑسٹھ", "انہتر", "",
        "اکہتر", "بہتّر", "تہتر", "چوہتر", "پچھتر", "چھہتر", "ستتر", "اٹھتر", "اناسی", "",
        "اکیاسی", "بیاسی", "تراسی", "چوراسی", "پچاسی", "چھیاسی", "ستاسی", "اٹھاسی", "نواسی", "",
        "اکیانوے", "بانوے", "ترانوے", "چورانوے", "پچانوے", "چھیانوے", "ستانوے", "اٹھانوے", "ننانوے",
    ];

    /// <summary>
    /// Tens written in words, as reports write round counts ("nearly sixty soldiers", "не менее сорока семей", "نزدیک به شصت سرباز"), with
    /// their Russian and Pashto oblique forms ("сорока", "شپېتو"), Arabic -ين forms with the article or without ("الأربعين") and Tajik "сив" of "сиву як" (31), and Urdu's words for every count from 21 to 99
    /// ("ترپن", 53), each a word of its own: the Hindustani numerals of CLDR's Hindi spell-out rules (cldr-rbnf 48, hi), in Urdu script.
    /// Pashto "نوي" (ninety, also "new") and the tens' short forms that are other words (Persian "ده", ten, also "village") are left
    /// out; Urdu "بہتر" (72) is read only as written with its doubling mark ("بہتّر"), as without it the word is "better"; Urdu "چون"
    /// (54) only in Urdu, as in Persian it is "because" (see <see cref="CountsIn"/>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, double> Tens = TensTable();

    /// <summary><see cref="Tens"/>, looked up from a span.</summary>
    public static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> TensLookup = ((Dictionary<string, double>)Tens).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, double> TensTable()
    {
        string[][] words =
        [
            ["twenty", "zwanzig", "vingt", "dua puluh", "двадцать", "двадцати", "бист", "بیست", "شل", "شلو", "عشرون", "عشرين", "بیس"],
            ["thirty", "dreißig", "trente", "tiga puluh", "тридцать", "тридцати", "сӣ", "сив", "сию", "سی", "دېرش", "دېرشو", "ثلاثون", "ثلاثين", "تیس"],
            ["forty", "vierzig", "quarante", "empat puluh", "сорок", "сорока", "чил", "چهل", "څلوېښت", "څلوېښتو", "أربعون", "أربعين", "اربعين", "چالیس"],
            ["fifty", "fünfzig", "cinquante", "lima puluh", "пятьдесят", "пятидесяти", "панҷоҳ", "پنجاه", "پنځوس", "پنځوسو", "خمسون", "خمسين", "پچاس"],
            ["sixty", "sechzig", "soixante", "enam puluh", "шестьдесят", "шестидесяти", "шаст", "شصت", "شپېته", "شپېتو", "ستون", "ستين", "ساٹھ"],
            ["seventy", "siebzig", "soixante-dix", "tujuh puluh", "семьдесят", "семидесяти", "ҳафтод", "هفتاد", "اویا", "اویاوو", "سبعون", "سبعين", "ستر"],
            ["eighty", "achtzig", "quatre-vingts", "quatre-vingt", "delapan puluh", "восемьдесят", "восьмидесяти", "ҳаштод", "هشتاد", "اتیا", "اتیاوو", "ثمانون", "ثمانين", "اسی"],
            ["ninety", "neunzig", "quatre-vingt-dix", "sembilan puluh", "девяносто", "девяноста", "навад", "نود", "تسعون", "تسعين", "نوے"],
        ];
        // Arabic writes the article onto its tens after a qualifier ("قرابة الأربعين جندياً", nearly forty soldiers): the oblique forms in -ين
        // (an Arabic yeh, which Persian and Urdu do not write) take it.
        var tens = words.SelectMany((tens, i) => tens.Select(w => (w, Value: (i + 2) * 10.0))).ToList();
        var withArticle = tens.Where(t => t.w.EndsWith("ين", StringComparison.Ordinal)).Select(t => ("ال" + t.w, t.Value));
        return tens.Concat(withArticle).Concat(UrduCounts.Select((w, i) => (w, Value: i + 21.0)))
            .Where(t => t.Item1.Length > 0).ToDictionary(t => t.Item1, t => t.Value, StringComparer.OrdinalIgnoreCase);
    }

    // Count words that are common words in another language of the same script: read only in their own.
    // Tajik "сию" (thirty, before its ones: "сию шаш") is Russian "this" ("сию минуту").
    private static readonly Dictionary<string, string> OnlyIn = new(StringComparer.Ordinal) { ["چون"] = "ur", ["сию"] = "tg" };

    /// <summary>Whether a count word (<see cref="Tens"/>) is read in a text of this language.</summary>
    public static bool CountsIn(string word, string? language) => !OnlyIn.TryGetValue(word, out var only) || only == language;

    /// <summary>
    /// Pashto's tens as they stand in a count from 21 to 99, after its ones, joined or not ("درپنځوس", "دوه ویشت", 53 and 22); twenty
    /// is "ویشت" there, "شل" alone.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, double> PashtoTens = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["ویشت"] = 20, ["دېرش"] = 30, ["څلوېښت"] = 40, ["پنځوس"] = 50, ["شپېته"] = 60, ["اویا"] = 70, ["اتیا"] = 80,
        ["ویشتو"] = 20, ["دېرشو"] = 30, ["څلوېښتو"] = 40, ["پنځوسو"] = 50, ["شپېتو"] = 60, ["اویاوو"] = 70, ["اتیاوو"] = 80,
    };

    /// <summary>Pashto's ones before its tens ("در" and "درې", three; "اوه" and "اووه", seven).</summary>
    public static readonly IReadOnlyDictionary<string, double> PashtoOnes = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["یو"] = 1, ["دوه"] = 2, ["در"] = 3, ["درې"] = 3, ["دری"] = 3, ["څلور"] = 4, ["پنځه"] = 5, ["شپږ"] = 6, ["اوه"] = 7, ["اووه"] = 7, ["اته"] = 8, ["نهه"] = 9,
    };

    /// <summary>The keys of <see cref="PashtoOnes"/>, looked up from a span.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PashtoOnesLookup = new HashSet<string>(PashtoOnes.Keys, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Ones that join tens into a count in words ("fifty-three", "dreiundfünfzig", "cinquante-trois", "lima puluh tiga", "пятьдесят три",
    /// "панҷоҳу се", "پنجاه و سه", "ثلاثة وخمسين", Pashto "پنځوس او څلور"), with their Russian oblique and Arabic feminine forms, and the
    /// French teens that follow "soixante" and "quatre-vingt" ("soixante-quinze", 75; "quatre-vingt-douze", 92). Pashto's ones stand
    /// before its tens too (see <see cref="PashtoOnes"/>); Urdu has a word for each count (see <see cref="Tens"/>).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, double> Ones = OnesTable();

    /// <summary><see cref="Ones"/>, looked up from a span.</summary>
    public static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> OnesLookup = ((Dictionary<string, double>)Ones).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, double> OnesTable()
    {
        string[][] words =
        [
            ["one", "ein", "un", "une", "satu", "один", "одна", "одного", "як", "یک", "واحد", "واحدا", "واحدة", "یو"],
            ["two", "zwei", "deux", "dua", "два", "две", "двух", "ду", "دو", "اثنان", "اثنين", "اثنتان", "اثنتين", "دوه"],
            ["three", "drei", "trois", "tiga", "три", "трёх", "трех", "се", "سه", "ثلاثة", "ثلاث", "درې", "دری"],
            ["four", "vier", "quatre", "empat", "четыре", "четырёх", "четырех", "чор", "چهار", "أربعة", "أربع", "څلور"],
            ["five", "fünf", "cinq", "lima", "пять", "пяти", "панҷ", "پنج", "خمسة", "خمس", "پنځه"],
            ["six", "sechs", "six", "enam", "шесть", "шести", "шаш", "شش", "ستة", "ست", "شپږ"],
            ["seven", "sieben", "sept", "tujuh", "семь", "семи", "ҳафт", "هفت", "سبعة", "سبع", "اوه", "اووه"],
            ["eight", "acht", "huit", "delapan", "восемь", "восьми", "ҳашт", "هشت", "ثمانية", "ثماني", "اته"],
            ["nine", "neun", "neuf", "sembilan", "девять", "девяти", "нӯҳ", "نه", "تسعة", "تسع", "نهه"],
        ];
        string[] frenchTeens = ["onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"];
        return words.SelectMany((ones, i) => ones.Select(w => (w, Value: i + 1.0))).Concat(frenchTeens.Select((w, i) => (w, Value: i + 11.0)))
            .DistinctBy(t => t.w).ToDictionary(t => t.w, t => t.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The French approximate nouns ("trentaine", about 30), lower case.</summary>
    public static IEnumerable<string> ApproximateNounWords => ApproximateNouns.Keys;

    /// <summary>The round count a French approximate noun stands for ("trentaine": about 30), or null.</summary>
    public static double? ApproximateNoun(string noun) => ApproximateNouns.TryGetValue(noun.ToLowerInvariant(), out var value) ? value : null;

    private static readonly Dictionary<string, double> ApproximateNouns = new(StringComparer.Ordinal)
    {
        ["dizaine"] = 10, ["douzaine"] = 12, ["quinzaine"] = 15, ["vingtaine"] = 20, ["trentaine"] = 30, ["quarantaine"] = 40, ["cinquantaine"] = 50,
        ["soixantaine"] = 60, ["centaine"] = 100, ["millier"] = 1000,
    };
}
