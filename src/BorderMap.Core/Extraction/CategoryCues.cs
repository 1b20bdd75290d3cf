namespace BorderMap.Core.Extraction;

/// <summary>
/// Suggests a claim category from cue words in Indonesian, English, German, French, Russian, Tajik,
/// Persian, Pashto, Arabic and Urdu. Cues are lower-case prefixes matched at word starts, so one cue covers inflected
/// forms ("mobilis" → mobilised, mobilisation). The category with most cues wins; ties go to the
/// earlier category in the list, which runs from the most specific (mobilisation) to the most
/// general (statement). A stated border length makes a claim without other cues a geography claim.
/// </summary>
public static class CategoryCues
{
    // Volunteers, by their own noun: Tajik "ихтиёр" alone is "disposal" ("дар ихтиёри"), so only the volunteer's forms are cues.
    private static readonly string[] Volunteers =
        ["volunteer", "freiwillig", "volontaire", "sukarelawan", "relawan", "доброволь", "ихтиёриён", "ихтиёриро", "ихтиёрӣ", "داوطلب", "متطوع", "رضاکار"];

    private static readonly (string Category, string[] Cues)[] Table =
    [
        ("mobilisation", ["cadangan", "pengerahan", "mobilisasi", "reservist", "mobilis", "mobiliz", "reserve troops", "reservisten", "mobilmach", "réserviste", "mobilisation",
            "de réserve", "мобилиз", "резервист", "запасник", "запаса",
            // Russian "those liable for service" are reservists, and "призваны" (called up) is their call-up.
            "военнообязан", "призван", "сафарбар", "захира", "بسیج", "فراخوان", "ذخیره", "احتياط", "تعبئة", "استدع", "ریزرو", "متحرک", "احتیاط",
            // Pashto reserve forces and their call-up: "زېرمه ځواکونه", "زېرمه سرتېري … وغوښتل".
            "زېرمه", "زیرمه", "وغوښتل",
            // Local men armed by the government are called up: "have been armed", "bewaffnet und", "a armé", "вооружили", "مسلح کرده" (the verb, never
            // the adjective of "armed men", "bewaffnete", "hommes armés").
            "been armed", "has armed", "have armed", "had armed", "mempersenjatai", "bewaffnet ", "bewaffnet,", "a armé", "ont armé", "вооружил", "мусаллаҳ кард",
            "مسلح کرد", "وسله وال کړ", "سلحت", "تسلح", "مسلح کر", "مسلح کیا",
            // Villagers who take up arms answer a call-up, though "taken", "взялись", "гирифтаанд", "ont pris" alone are ground taken: the
            // longer phrase outweighs them. Indonesian "reservis" are reservists.
            "taken up arms", "take up arms", "took up arms", "taking up arms", "mengangkat senjata", "zu den waffen", "взялись за оружие",
            "взяться за оружие", "силоҳ ба даст", "سلاح برداشت", "سلاح به دست گرفت", "دست به سلاح", "وسله پورته", "وسلې پورته", "حملوا السلاح",
            "حمل السلاح", "ہتھیار اٹھا", "pris les armes", "prendre les armes", "reservis",
            // … said with the noun last or the verb in its infinitive: Tajik "ба даст гирифтани силоҳ" (the taking of arms in hand), Pashto
            // "وسلې واخلي" (that they take up arms), which outweigh "гирифта" of ground taken.
            "ба даст гирифтани силоҳ", "силоҳро ба даст гирифт", "وسلې واخلي", "وسله واخلي",
            // Volunteers enlisted, recruited or registered to defend a border or villages answer a call-up, whatever they are set to do
            // ("to guard the villages", "garder les", "для охраны") and though Tajik "ба қайд гирифтанд" (registered) holds "гирифтанд" of
            // ground taken.
            .. Volunteers, "enlist", "recruit", "merekrut", "angeworben", "rekrutiert", "enrôl", "recrut", "جندت", "جندوا", "تجنيد", "بھرتی",
            // Men who joined a militia or an uprising force answer its call: German "haben sich … angeschlossen", "schlossen sich … an".
            "angeschlossen", "schlossen sich…an"]),
        ("refugees", ["pengungsi", "refugee", "displaced", "vertrieben", "déplacés", "déplacée", "переселен", "بیجا", "نازح", "flüchtling", "asyl", "réfugié", "беженц", "гуреза", "پناهجو", "پناهنده", "مهاجر", "آواره", "لاجئ", "نازح", "نزح", "نزوح", "پناہ گزین", "کډوال", "نقل مکان",
            // Driven from home: "families … from their homes", "بے گھر" (homeless).
            "their homes", "покинули дом", "کډه", "ihre häuser", "leurs foyers", "leurs maisons", "свои дома", "хонаҳои худ", "خانه‌های خود", "خانه های خود", "منازلهم", "بے گھر", "بی خانمان", "بی‌خانمان",
            // Shelter readied for those who fled: "a school readied to take in families", "для беженцев подготовили".
            // Living in tents: "families are living in tents", "живут в палатках", "در خیمه‌ها زندگی می‌کنند".
            "tents", "zelten", "tentes", "tenda", "палатк", "хайма", "خیمه", "خېمو", "خيام", "خیموں",
            // … or camped out in the open: "have camped", "berkemah", "kampieren", "campent", "تخيم", Urdu tents put up ("خیمے لگائے").
            "camped", "camping", "berkemah", "kampier", "campier", "campent", "campé", "campaient", "تخيم", "يخيم", "خيموا", "يخيمون", "خیمے",
            "shelter", "take in families", "accueillir des familles", "für familien", "menampung", "для беженцев", "барои оилаҳо", "برای خانواده", "لاستقبال العائلات", "خاندانوں کے لیے", "د کورنیو لپاره",
            // People evacuated or flown out: "evacuated from Kabul airport", "dievakuasi", "evakuierte", "évacués", "эвакуированных", "тахлия шуда",
            // "تخلیه شده", "ویستل شوي", "تم إجلاؤهم", Urdu "نکالے گئے" (taken out).
            "evacuat", "evakuasi", "dievakuasi", "evakuiert", "évacu", "эвакуир", "эвакуац", "тахлия", "تخلیه", "ویستل شوي", "ایستل شوي", "إجلاء", "إجلاؤ",
            "أجلي", "اجلاء", "نکالے گئے", "انخلا"]),
        ("troop-movement", ["melarikan diri", "melintasi perbatasan", "menyeberang", "penarikan pasukan", "fled", "flee", "cross ", "crossed", "crossing into", "withdr", "retreat", "flohen", "geflohen", "überquert", "abzug", "zogen ab", "zog…ab", "zog…zurück", "setzt…ab",
            "übergetreten", "se sont réfugiés", "ont fui", "ont franchi", "franchi", "repli", "retrait", "перешли", "перешл", "перейт", "бежал", "бежав", "отступ", "вывод войск", "пересекли", "пересек", "пересёк", "переправ", "гурехт", "убур", "ақибнишин",
            "عقب نشینی", "عقب‌نشینی", "فرار", "گریخت", "عبور", "گذشتند", "گذشته‌اند", "گذشته بودند", "فروا", "فر ", "гузашт", "سرحد پار", "پار کر", "عبروا", "عبر ", "عبرت", "انسحب", "انسحاب", "لجأ", "فرار ہو", "پسپا", "وتښتېدل", "تښتېد", "تېښته", "واوښت", "اوښتي",
            // Fled, as Arabic says it of families (a plural of things takes the feminine: "أسر فرت"), and Urdu "those who fled" ("بھاگنے والے").
            "فرت", "وفرت", "بھاگنے",
            // Shelter found across the border and entry into a country: troops', unless only civilians are named (see Suggest).
            "took refuge", "sought refuge", "trouvé refuge", "cherché refuge", "укрылись", "нашли убежище", "پناه بردند", "پناه برد",
            // … or sheltering on a bank, hoping for the crossing: "паноҳ бурдаанд", "پناه گرفته‌اند", "s'abritent", "hoffen auf die Überfahrt".
            "паноҳ бурд", "паноҳ гирифт", "پناه گرفت", "s'abrit", "abrités", "überfahrt",
            // Soldiers who went over (Persian and Tajik "they went"): troops', unless only civilians are named.
            "رفتند", "رفته اند", "رفته‌اند", "рафтанд", "تللي", "تلل", "traversé", "renvoy", "гузарон",
            // Soldiers sent or handed back across the border they crossed: "sent back", "zurückgeschickt", "вернули", "بازگرداند", "بېرته"
            // (a state's own troops sent somewhere are a military presence there: see MoverCues.TroopsSent).
            "sent back", "send back", "handed back", "handed over", "zurückgeschickt", "zurückgebracht", "dikembalikan", "вернул", "возвращ", "баргардон", "бозгардон",
            "بازگرداند", "برگرداند", "بېرته", "واپس بھیج", "أعاد", "اعاد",
            // Soldiers who crossed and were held or housed where they arrived.
            "interned", "internier", "интернир", "hébergé", "untergebracht",
            // Soldiers who pulled back: "mundur", "zurückgezogen", "отошли", "ақиб нишастанд", "شاتګ", "پیچھے ہٹ".
            "mundur", "zurückgezogen", "отошл", "ақиб нишаст", "شاتګ", "پیچھے ہٹ",
            // Soldiers who went over or reached the other bank: "setzten … über", "sont passés", "came over", "waded", "چلے گئے", "ورسېدل".
            "setzten…über", "setzte…über", "gingen über", "sont passés", "est passé", "came over", "waded", "چلے گئے", "ورسېدل",
            // Soldiers disarmed and interned where they crossed to.
            "disarm", "entwaffn", "désarm", "разоруж", "melucuti", "خلع سلاح", "نزع سلاح", "خلع سلاحهم", "غیر مسلح", "بې وسلې", "бесилоҳ", "халъи силоҳ",
            // Urdu "disarmed" ("غیر مسلح کیا گیا") holds "armed" ("مسلح کیا", a call-up cue): the longer phrase outweighs it.
            "غیر مسلح کیا", "غیر مسلح کر"]),
        ("military-presence", ["pangkalan", "ditempatkan", "military base", "base", "serve there", "air base", "stationed", "garrison", "deployed", "stützpunkt", "militärbasis", "stationiert", "base militaire", "déployé",
            "база", "базы", "дислоцир", "пойгоҳ", "پایگاه", "مستقر", "قاعدة", "نشر", "اڈہ", "تعینات", "اډه",
            // Troops exercising near the border are there: joint exercises and drills.
            .. DrillCues.Exercises,
            // Troops put in place: "mengerahkan", "разместил" (Tajik and Pashto "put in place" also house families: see MoverCues.Sent).
            "mengerahkan", "размест",
            // … or deployed: Russian "развернул", "развёрнуты".
            "разверн", "развёрн",
            // … or massed there: "сосредоточила", "zusammengezogen", "a concentré des troupes", "حشدت", "متمرکز کرده", "тамаркуз дод".
            "сосредоточ", "zusammengezogen", "concentré des", "حشدت", "حشدوا", "متمرکز", "тамаркуз",
            // Posts and positions reinforced where they are: "reinforced their posts", "усилили заставы", "تقویت کردند", "عززوا".
            "reinforc", "verstärkt", "renforcé", "memperkuat", "усилил", "усилен", "тақвият", "تقویت", "عزز", "مضبوط", "پیاوړې", "strengthen", "bolster",
            // … in every tense and person: "renforçaient", "усиливали", "كانت تعزز", "يعززون"; strengthened or made firm: "مستحکم می‌کردند",
            // "мустаҳкам мекарданд", "پوستې ټینګولې"; checkpoints built up into positions: "bauten … zu Stellungen aus".
            "renforç", "усилива", "تعزز", "يعزز", "مستحکم", "мустаҳкам", "ټینګول", "zu stellungen aus",
            // Posts doubled where they stand: "doubled the posts", "verdoppelten die Posten", "doublé les postes", "menggandakan pos", "удвоили
            // посты", "ду баробар карданд", "دو برابر کردند", "دوه برابره کړې", "دگنی کر", "ضاعفوا".
            "doubled", "verdoppel", "doublé", "menggandakan", "удвоил", "ду баробар", "دو برابر", "دوه برابر", "دگنی", "دگنا", "ضاعف",
            // Guards put on alert where they are: "put on full alert", "in Alarmbereitschaft", "усиленный режим", "آماده‌باش".
            // Ground fortified where the troops stand: trenches dug, positions fortified ("digging trenches", "Schützengräben", "роют окопы",
            // "хандақ мекананд", "سنگر می‌کنند", "يحفرون خنادق", "خندقیں").
            "trench", "dug in", "digging in", "fortif", "schützengräben", "gräben aus", "gruben sich…ein", "graben sich…ein", "eingegraben", "befestig", "verschanz", "tranchée", "retranch", "parit",
            "membentengi", "окоп", "окапыва", "транше", "укрепля", "хандақ", "сангар", "سنگر", "سنګر", "خندق", "خنادق", "تحصين", "مورچ",
            "alert", "alarmbereitschaft", "усиленный режим", "ҳолати омодагӣ", "ҳолати омодагии", "омодагии", "آماده‌باش", "آماده باش", "التأهب", "الرٹ", "چمتو حالت", "disiagakan", "siaga",
            // Troops that took up positions somewhere are there: "taken up positions", "Stellungen … bezogen", "заняли позиции", "мавқеъ гирифтанд",
            // "اتخذوا مواقع", "پوزیشنیں سنبھال", "pris position" (more words than "taken", "гирифтанд", "a pris" of ground taken).
            "taken up positions", "took up positions", "stellungen…bezogen", "mengambil posisi", "заняли позиции", "мавқеъ гирифт", "اتخذوا مواقع", "پوزیشنیں سنبھال", "pris position",
            // An army's vehicles standing in a place: "army lorries", "Armeelastwagen", "армейских грузовиков", "کامیون ارتش", "camions militaires".
            "army lorries", "army trucks", "armeelastwagen", "truk tentara", "армейских грузовиков", "мошини боркаши артиш", "کامیون ارتش", "الشاحنات العسكرية", "camions militaires",
            // … or named as military vehicles: "truk militer", "military vehicles", "Militärfahrzeuge", "véhicules militaires", "военной техники",
            // "موتر باربری ارتش", "عربات عسكرية", "فوجی گاڑیاں".
            "truk militer", "kendaraan militer", "military vehicles", "military trucks", "militärfahrzeug", "véhicules militaires", "военной техник",
            "военных грузовик", "موتر باربری ارتش", "موترهای ارتش", "موترهای نظامی", "عربات عسكرية", "فوجی گاڑی", "فوجی ٹرک",
            // Troops that guard a border are there: "help guard the border", "die Grenze zu schützen", "в охране границы", "حراسة الحدود".
            "guard the", "grenze zu schützen", "garder les", "menjaga perbatasan", "охране границ", "ҳифзи марз", "نگهبانی از مرز", "حراسة الحدود", "ساتنه", "سرحد کی حفاظت"]),
        ("territorial-control", ["menguasai", "hold", "surround", "besieg", "encircl", "fielen", "gefallen", "окруж", "муҳосира", "محاصره", "محاصر", "merebut", "ditaklukkan", "perebutan", "kendali", "captur", "seiz", "advanc", "offensive", "attack", "storm", "took control", "overran", "fell to", "fallen", "erobert", "eingenommen", "fiel", "vorgerückt", "angriff", "kontroll", "nahm…ein", "griff…an", "rückt…vor",
            "pris le contrôle", "aussi pris", "également pris", "déjà pris", "tombé", "s'est emparé", "se sont emparés", "emparé", "contrôle", "offensive", "attaqu", "захват", "контрол", "заняли", "занял", "пали", "наступ", "штурм", "забт", "таҳти назорат", "ишғол", "гирифтанд", "گرفتند",
            "تصرف", "سقوط", "حمله", "پیشروی", "کنترل", "سيطر", "سيطرة", "هجوم", "استولى", "استول", "سقط", "قبضہ", "کنٹرول", "ونیو", "نیول", "ولکه", "کنټرول", "took", "grip", "په لاس کې", "په لاس کښې", "لاسته", "بأيدي", "در دست", "ба дасти", "в руках", "in den händen", "aux mains",
            // Held, taken (back) or reached by fighters: "still held the port", "nach der Einnahme", "подошли к порту", "پس گرفته‌اند".
            "held", "einnahme", "подошл", "پس گرفت",
            // Taken back: "retook", "recaptured", "ont repris", "отбили", "استعادت", "واپس لے لیا", "zurückerobert".
            "retook", "retaken", "recaptur", "regain",
            // Urdu "gained again" ("دوبارہ حاصل کر لیا", retook) and "took again" ("دوبارہ قبضہ").
            "دوبارہ حاصل", "دوبارہ قبضہ", "zurückerobert", "ont repris", "a repris", "avoir repris", "merebut kembali", "отбил", "вернули контроль", "пас гирифт", "استعاد", "واپس لے ل", "بیرته ونیو", "بېرته ونیو", "بېرته نیول", "بیرته نیول",
            // Advanced (fighters who took ground and moved on): "پیش رفتند", "пеш рафтанд" (the verb "went" alone is soldiers going over).
            "پیش رفت", "пеш рафт",
            // Fallen into the hands of: "به دست طالبان افتادند", "طالبان کے قبضے میں چلے گئے" (not soldiers who went over).
            "به دست", "قبضے میں چلے گئے",
            // Ground given up or entered unopposed: "abandoned their posts", "оставили позиции", "entered … without a fight", "без боя".
            "abandon", "aufgegeben", "оставили позиции", "тарк карданд", "ترک کردند", "تخلت", "خالی کر", "پرېښود", "meninggalkan pos",
            "without a fight", "kampflos", "sans combat", "tanpa perlawanan", "без боя", "бе ҷанг", "بدون درگیری", "دون قتال", "بغیر لڑائی", "پرته له جګړې",
            // Taken, overrun, lost or surrendered: "had taken", "взяли", "ont pris", "überrannten", "اجتاح", "lost", "از دست دادند", "сдались".
            "taken", "overrun", "взял", "ont pris", "avoir pris", "a pris", "гирифта", "گرفته", "überrannt", "gestürmt", "stürmten", "submergé", "menyerbu", "اجتاح", "jatuh", "fell",
            "lost", "verloren", "perdu", "kehilangan", "потерял", "аз даст дод", "از دست داد", "له لاسه ورکړ", "کھو دی", "خسرت",
            // Tajik "бохт" (lost) as a word of its own or "бохтанд": a cue is read at a word's start, and "Бохтар" is a city.
            "бохт ", "бохт,", "бохтанд",
            "surrender", "ergaben sich", "ergab sich", "se sont rendus", "menyerah", "сдались", "сдалось", "таслим", "تسلیم", "استسلم", "ہتھیار ڈال",
            // Held: "halten nun", "tiennent", "удерживают", "در اختیار دارند", "дар ихтиёр доранд", "په واک کې", "дар даст", "قابض", "تسيطر".
            "halten", "hielten", "tiennent", "tient", "удержива", "در اختیار", "дар ихтиёр", "په واک کې", "дар даст", "قابض", "تسيطر", "يسيطر",
            // Occupied: "occupied", "besetzt", "occupé", "menduduki", "diduduki".
            "occupied", "besetzt", "occupé", "menduduki", "diduduki"]),
        ("diplomatic", ["konsulat", "kedutaan", "duta", "diplomat", "sekutu", "embassy", "consulate", "envoy", "ally", "allies", "botschaft", "gesandte", "verbündet", "ambassade", "consulat", "allié",
            "посольств", "консульств", "посол", "союзник", "сафорат", "сафир", "سفارت", "کنسول", "سفیر", "سفارة", "قنصلية", "سفیر", "سفارتخانہ"]),
        ("statement", ["mengatakan", "kata", "mengumumkan", "menurut", "said", "announced", "according to", "sagte", "erklärte", "kündigte", "laut", "a déclaré", "selon", "a annoncé", "took place", "took part",
            "заявил", "сообщил", "по словам", "изҳор", "гуфт", "گفت", "اعلام", "قال", "أعلن", "وفقا", "کہا", "اعلان", "وویل"]),
    ];

    /// <summary>The suggested category and the cue that decided it (null with "statement" when no cue matched).</summary>
    /// <remarks>
    /// With <paramref name="language"/> "de", a cue may also end a compound ("Binnenvertriebene"). The sentence's counted
    /// <paramref name="quantities"/>, when given, say who moves: soldiers counted keep a crossing a troop movement.
    /// </remarks>
    public static (string Category, string? Cue) Suggest(string sentence, bool statesBorderLength, string? language = null, IReadOnlyList<Quantity>? quantities = null)
    {
        // Arabic short-vowel and doubling marks ("فرّ") are no part of a cue.
        var lower = AirportJoined(NonSpacingMarks.Without(LowerCaseSentence.Of(sentence)));
        // Who enters is only asked when a sentence says someone entered: naming soldiers is looked up word by word.
        var candidates = Openings.In(lower);
        var entry = Hits(lower, EntryForms, candidates, 0, language);
        var entryMeans = entry.Weight > 0 ? MoverCues.EntryMeans(WithoutAfterClause(lower, entry.At), language) : null;
        var best = (Category: "statement", Cue: (string?)null, Weight: 0);
        var (territory, presence, moverAt) = (default(Evidence), default(Evidence), int.MaxValue);
        for (var k = 0; k < Forms.Length; k++)
        {
            var (category, cues) = Forms[k];
            var evidence = Hits(lower, cues, candidates, FormsOffsets[k], language) + (category == entryMeans ? entry : default) + MoverCues.For(category, lower, language, quantities);
            // Statement (said, announced) is only the fallback: any cue of an event outweighs it.
            if (category == "statement" ? best.Weight == 0 && evidence.Weight > 0 : evidence.Weight > best.Weight)
            {
                best = (category, evidence.Cue, evidence.Weight);
            }

            territory = category == "territorial-control" ? evidence : territory;
            presence = category == "military-presence" ? evidence : presence;
            moverAt = category is "troop-movement" or "refugees" && evidence.At is { } at ? Math.Min(moverAt, at) : moverAt;
        }

        if (best.Category is "troop-movement" or "refugees" && (TookGroundFirst(lower, territory, moverAt) || WithdrawalIsBackground(lower, territory, moverAt, quantities)))
        {
            return ("territorial-control", territory.Cue);
        }

        if (best.Category == "military-presence" && PresenceIsWhatIsLeft(lower, territory, presence))
        {
            return ("territorial-control", territory.Cue);
        }

        if (best.Category == "mobilisation"
            && (DrillCues.DrillNotCallUp(lower, quantities) ?? ArrivalCues.ArrivedNotCallUp(lower) ?? MoverCues.SentNotCallUp(lower, language)) is { } present)
        {
            return ("military-presence", present);
        }

        // Volunteers set to guard a border are enlisted, not troops posted there ("набрали 200 добровольцев для охраны границы", "барои ҳифзи марз").
        if (best.Category == "military-presence" && FirstVolunteer(lower) is { } volunteer)
        {
            return ("mobilisation", volunteer);
        }

        if (best.Category is "troop-movement" or "statement" && MoverCues.ForcesLeft(lower, language, quantities) is { } left)
        {
            return ("territorial-control", left);
        }

        // Soldiers who flee, cross or shelter move troops; families, residents and people who do so are refugees.
        if (best.Category == "troop-movement" && MoversAreCivilians(lower, quantities))
        {
            return ("refugees", best.Cue);
        }

        return best.Cue is null && statesBorderLength ? ("geography", "a stated border length") : (best.Category, best.Cue);
    }

    private const int MinCompoundCue = 6;

    private static string? FirstVolunteer(string lower)
    {
        foreach (var volunteer in Volunteers)
        {
            if (StartOfWord(lower, volunteer) >= 0)
            {
                return volunteer;
            }
        }

        return null;
    }

    // Urdu "ہوائی اڈہ" and Pashto "هوايي اډه" (air + base) are an airport, not a base: joined to "air", the base word starts no word.
    private static string AirportJoined(string lower) =>
        lower.Replace("ہوائی اڈ", "ہوائیاڈ", StringComparison.Ordinal).Replace("هوايي اډ", "هوايياډ", StringComparison.Ordinal);

    // Words that join a second clause to the first: "took Rustaq; 5,000 families fled", "взяли …, и 230 пограничников перешли".
    private static readonly string[] ClauseJoiners = [";", "؛", " and ", " und ", " et ", " dan ", " и ", " а ", " ва ", " و", " او ", " اور "];

    /// <summary>
    /// Two events in one sentence, the first of them insurgents taking ground ("Taliban fighters took the district centres …, and 230
    /// border guards crossed the Panj", "боевики захватили Рустак …; более 5 тыс. семей бежали"): the report leads with what it
    /// tells first, and those who flee or cross after it are its consequence.
    /// </summary>
    private static bool TookGroundFirst(string lower, Evidence territory, int moverAt) =>
        territory.Weight > 0 && territory.At is { } at && at < moverAt && moverAt < lower.Length && MoverCues.NamesInsurgents(lower)
        && ClauseJoiners.Any(j => lower.AsSpan(at, moverAt - at).Contains(j, StringComparison.Ordinal));

    /// <summary>
    /// Insurgents took ground, and the base or post named after it, as much said of as the taking, is what the losing side still holds
    /// ("captured the Nahr-e Saraj district …, leaving the army only a base on the edge of Gereshk", "took the Chahar Dara district and
    /// fired rockets at Kunduz airport, the army's last foothold", "der Armee bleibt nur ein Stützpunkt"): the report is of ground taken.
    /// A presence said of more than the taking, or before it ("troops stationed in Kulob after the Taliban took …"), stays a presence.
    /// </summary>
    private static bool PresenceIsWhatIsLeft(string lower, Evidence territory, Evidence presence) =>
        territory.Weight > 0 && territory.Weight >= presence.Weight && territory.At < presence.At && MoverCues.NamesInsurgents(lower);

    // "After", opening the clause that tells when: "after government troops withdrew", "nachdem sich … zurückgezogen hatten", "après le
    // repli", "setelah pasukan mundur", "после того, как … отошли", "пас аз он ки … ақиб нишастанд", "پس از عقب‌نشینی", "بعد انسحاب",
    // "وروسته له هغه چې … شاته شول"; Urdu says it after the verb: "پیچھے ہٹنے کے بعد", or opens the clause with "when": "جب … پیچھے ہٹ گئے".
    private static readonly string[] AfterWords = ["after", "nachdem", "après", "setelah", "sesudah", "после", "пас аз", "پس از", "بعد از", "بعد", "وروسته", "جب"];

    private static readonly char[] ClauseBreaks = [',', '،', '.', ';', '؛', '۔'];

    /// <summary>
    /// The sentence without its clause that tells when ("after the government forces there withdrew to Fayzabad", "setelah pasukan
    /// pemerintah di sana mundur", "پس از آنکه نیروهای دولتی … عقب‌نشینی کردند", "بعد انسحاب القوات الحكومية"): who entered is asked of
    /// the main clause, so the soldiers whose withdrawal timed the entry do not make the Taliban's entry a troop movement.
    /// </summary>
    /// <remarks>A clause that holds the entry itself ("trucks waited … after the Taliban entered Hairatan") is kept.</remarks>
    private static string WithoutAfterClause(string lower, int? entryAt)
    {
        foreach (var after in AfterWords)
        {
            var at = StartOfWord(lower, after);
            if (at >= 0)
            {
                var end = lower.IndexOfAny(ClauseBreaks, at + after.Length) is >= 0 and var stop ? stop : lower.Length;
                return entryAt >= at && entryAt < end ? lower : lower[..at] + lower[end..];
            }
        }

        return lower;
    }

    // Urdu "after" follows the verb, how long after standing between its two words: "پیچھے ہٹنے کے بعد", "پیچھے ہٹنے کے چند گھنٹے بعد".
    private const string UrduOf = "کے ";

    private const string UrduAfter = "بعد";

    private const int UrduSpanWords = 2;

    // How far "after" may stand before the withdrawal it times, and Urdu "کے" after it (characters).
    private const int AfterReach = 90;

    private const int UrduAfterReach = 25;

    /// <summary>
    /// Insurgents took ground, and the only move told is the withdrawal that timed it ("overran the Bangi and Chal districts after
    /// government forces pulled back", "پس از عقب‌نشینی نیروهای دولتی … را تصرف کردند"): the report is of ground taken. Soldiers or people
    /// counted keep their crossing a movement ("after the Taliban took Darqad, 120 soldiers crossed"), unless the count stands in the
    /// clause that times the taking ("seized the Shorabak district after some 40 soldiers withdrew to Arghistan", "بعد أن انسحب نحو 40 جنديا"):
    /// those soldiers are the background of the taking, as uncounted forces are.
    /// </summary>
    private static bool WithdrawalIsBackground(string lower, Evidence territory, int moverAt, IReadOnlyList<Quantity>? quantities) =>
        territory.Weight > 0 && moverAt < lower.Length && MoverCues.NamesInsurgents(lower)
        && TimingClause(lower, moverAt, territory.At) is var (start, end) && end > start
        && quantities?.Any(q => q.Key is "soldiers" or "refugees" && (q.Start < start || q.Start >= end)) != true;

    /// <summary>
    /// The clause that opens with "after" (or, in Urdu, closes with "کے … بعد") and holds the mover's cue at <paramref name="cueAt"/>, as the
    /// span from its first to past its last character; an empty span when the cue stands in no such clause.
    /// </summary>
    private static (int Start, int End) TimingClause(string lower, int cueAt, int? takenAt)
    {
        foreach (var after in AfterWords)
        {
            if (OpensClauseOf(lower, after, cueAt, takenAt) is >= 0 and var at)
            {
                return (at, lower.IndexOfAny(ClauseBreaks, cueAt) is >= 0 and var stop ? stop : lower.Length);
            }
        }

        return UrduAfterFollows(lower, cueAt) is >= 0 and var end ? (lower.LastIndexOfAny(ClauseBreaks, cueAt) + 1, end) : (0, 0);
    }

    // "After" starts a word within reach before the cue, no sentence ends between them, and the taking is not what it times ("after the
    // Taliban took Rustaq, troops withdrew" is the withdrawal's report): where "after" starts, or -1.
    private static int OpensClauseOf(string lower, string after, int cueAt, int? takenAt)
    {
        var from = Math.Max(0, cueAt - AfterReach);
        var at = lower.LastIndexOf(after, cueAt, cueAt - from, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetter(lower[at - 1])) && lower.AsSpan(at, cueAt - at).IndexOfAny(ClauseMarks) < 0
            && !(takenAt > at && takenAt < cueAt) ? at : -1;
    }

    // Where the Urdu "کے … بعد" after the cue ends, or -1.
    private static int UrduAfterFollows(string lower, int cueAt)
    {
        var at = lower.IndexOf(UrduOf, cueAt, StringComparison.Ordinal);
        if (at < 0 || at - cueAt > UrduAfterReach)
        {
            return -1;
        }

        var afterAt = lower.IndexOf(UrduAfter, at, StringComparison.Ordinal);
        var words = lower[(at + UrduOf.Length)..].Split(' ', UrduSpanWords + 2);
        return afterAt >= 0 && words.Take(UrduSpanWords + 1).Any(w => w.TrimEnd('،', ',', '۔') == UrduAfter) ? afterAt + UrduAfter.Length : -1;
    }

    private static readonly char[] ClauseMarks = ['.', ';', '؛', '۔'];

    /// <summary>
    /// The cues of one category found in a sentence: their weight (a cue of several words, "se sont réfugiés", says more than one word
    /// and counts each; cues found in one stretch, "سيطر" and "سيطرة", count once: <see cref="OnceEach"/>) and the first cue of the list found.
    /// Only the <paramref name="candidates"/> are looked for, the list's cues numbered from <paramref name="offset"/> (see <see cref="Openings"/>).
    /// </summary>
    private static Evidence Hits(string lower, string[] cues, int[] candidates, int offset, string? language)
    {
        List<(int At, int End, int Weight)>? hits = null;
        string? first = null;
        foreach (var id in CueOpenings.InRange(candidates, offset, cues.Length))
        {
            var cue = cues[id - offset];
            var at = cue == ArabicAcross ? CrossingNotVia(lower) : Found(lower, cue, language);
            if (at >= 0)
            {
                hits ??= [];
                hits.Add((at, at + cue.Length, Weight(cue)));
                first ??= cue;
            }
        }

        return new Evidence(hits is null ? 0 : OnceEach(hits), first, hits?.Min(h => h.At));
    }

    // Cues found in one stretch of the sentence count once: those found at one place as the weightiest ("سيطر" and "سيطرة"), and a cue
    // found inside another not at all (German "flohen" ending the compound "geflohen", which is one cue found twice).
    private static int OnceEach(List<(int At, int End, int Weight)> hits)
    {
        var longest = hits.GroupBy(h => h.At).Select(g => g.MaxBy(h => (h.Weight, h.End))).ToList();
        return longest.Where(h => !longest.Exists(o => o.At < h.At && h.End <= o.End)).Sum(h => h.Weight);
    }

    // Arabic "عبر" is "crossed", and also "via": "قال مسؤول عبر الهاتف" (an official said by telephone) tells how it was said, not a
    // crossing. The medium after it says which.
    private const string ArabicAcross = "عبر ";

    private static readonly string[] ArabicMedia = ["الهاتف", "هاتف", "الإنترنت", "الانترنت", "رسالة", "بيان", "وسائل", "موقع", "حساب", "تويتر", "اتصال"];

    // Where "عبر" starts a word and is no "via" of a medium, or -1.
    private static int CrossingNotVia(string lower)
    {
        for (var at = StartOfWord(lower, ArabicAcross); at >= 0; at = NextStartOfWord(lower, ArabicAcross, at + 1))
        {
            var next = at + ArabicAcross.Length;
            if (!ArabicMedia.Any(m => string.CompareOrdinal(lower, next, m, 0, m.Length) == 0))
            {
                return at;
            }
        }

        return -1;
    }

    // Where a cue is found: at the start of a word, or in German also ending a compound ("Binnenvertriebene"); -1 if nowhere.
    private static int Found(string lower, string cue, string? language)
    {
        var at = StartsWord(lower, cue);
        return at >= 0 || language != "de" || cue.Length < MinCompoundCue || cue.Contains(' ', StringComparison.Ordinal) ? at : lower.IndexOf(cue, StringComparison.Ordinal);
    }

    // Who moves: the people counted when the count says (refugees, or soldiers and reservists), else the people the sentence names.
    private static bool MoversAreCivilians(string lower, IReadOnlyList<Quantity>? quantities) =>
        quantities?.FirstOrDefault(q => q.Key is "refugees" or "soldiers" or "reservists") is { } mover ? mover.Key == "refugees" : NumberWords.NamesOnlyCivilians(lower);

    // Entering a place: fighters who enter take it, soldiers who enter a country move (see MoverCues.EntryMeans).
    private static readonly string[] Entry =
        ["entered", "entrés", "entré dans", "memasuki", "drangen…ein", "rückten…ein", "вошли", "вошёл", "ворид", "وارد", "داخل شد", "دخلوا", "ودخل", "دخل", "ننوتل", "داخل ہو"];

    /// <summary>Where the last word of entering starts in a lower-cased sentence ("ворид", "وارد", "ننوتل", "داخل ہو"), or -1.</summary>
    internal static int LastEntry(string lower)
    {
        var last = -1;
        foreach (var cue in Entry)
        {
            last = Math.Max(last, lower.LastIndexOf(cue, StringComparison.Ordinal));
        }

        return last;
    }

    // Before Forms: static fields are initialised in the order they are written.
    private static readonly string[] RussianCaseEndings = ["ы", "е", "у", "ой", "ам", "ах"];

    // The cues with the forms grammar gives them: Arabic ة written ت before a suffix ("قاعدتها", its base), Urdu nouns in ہ in their oblique
    // case in ے ("اڈے پر", at the base), Indonesian
    // peN- nouns as meN- verbs ("pengungsi", refugee: "mengungsi", to flee), Russian nouns in -а in their other cases ("на базе").
    private static readonly (string Category, string[] Cues)[] Forms =
        [.. Table.Select(t => (t.Category, WithOtherForms(t.Cues)))];

    private static readonly string[] EntryForms = WithOtherForms(Entry);

    // Every cue numbered, the entry forms first, then each category's in turn (see Hits).
    private static readonly CueOpenings Openings = new([.. EntryForms, .. Forms.SelectMany(f => f.Cues)]);

    private static readonly int[] FormsOffsets = [.. Forms.Select((f, k) => EntryForms.Length + Forms.Take(k).Sum(e => e.Cues.Length))];

    private static string[] WithOtherForms(string[] cues) => [.. cues.Concat(cues.SelectMany(OtherForms)).Distinct()];

    private static IEnumerable<string> OtherForms(string cue) =>
        cue.EndsWith('ة') ? [cue[..^1] + "ت"]
        : cue.EndsWith('ہ') ? [cue[..^1] + "ے"]
        : cue.StartsWith("peng", StringComparison.Ordinal) || cue.StartsWith("peny", StringComparison.Ordinal) || cue.StartsWith("pem", StringComparison.Ordinal) || cue.StartsWith("pen", StringComparison.Ordinal) ? ["me" + cue[2..]]
        : cue.Length > 3 && cue.EndsWith('а') && Geocoding.CyrillicStem.IsCyrillic(cue[0]) && !cue.Contains(' ', StringComparison.Ordinal) ? RussianCaseEndings.Select(e => cue[..^1] + e)
        : [];

    private static readonly string[] ArabicClitics = ["وال", "بال", "ال", "و", "ف", "ب", "ل"];

    // Arabic writes "and", "so", "in", "to" and the article onto the next word ("وسيطر", "الاحتياط"): a cue after one still starts a word.
    private static bool IsArabicClitic(string text, int end) =>
        ArabicClitics.Any(c => end + 1 >= c.Length && string.CompareOrdinal(text, end + 1 - c.Length, c, 0, c.Length) == 0
            && (end + 1 == c.Length || !char.IsLetter(text[end - c.Length])));

    /// <summary>
    /// Where <paramref name="cue"/> occurs in <paramref name="text"/> at the start of a word, or -1. A German separable verb
    /// ("nahm…ein") matches its stem at a word start and its particle closing a clause ("nahmen die Bezirke … ein." or "… ein und").
    /// </summary>
    private static int StartsWord(string text, string cue)
    {
        if (cue.IndexOf('…', StringComparison.Ordinal) is > 0 and var gap)
        {
            var stem = StartOfWord(text, cue[..gap]);
            return stem >= 0 && ClosesClause(text, cue[(gap + 1)..], stem) ? stem : -1;
        }

        return StartOfWord(text, cue);
    }

    // A cue weighs as many words as it has, but for the function words of a phrase ("در اختیار", "په واک کې", "дар даст", "guard the").
    private static int Weight(string cue) => Math.Max(1, cue.Split(' ').Count(w => w.Length > 2 && !FunctionWords.Contains(w)));

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "дар", "the", "les", "des", "der", "die", "das", "den" };

    // Where a cue starts a word (or follows an Arabic clitic), or -1.
    private static int StartOfWord(string text, string cue) => NextStartOfWord(text, cue, 0);

    // The same, from a position on.
    private static int NextStartOfWord(string text, string cue, int from)
    {
        for (var at = text.IndexOf(cue, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetter(text[at - 1]) || IsArabicClitic(text, at - 1))
            {
                return at;
            }
        }

        return -1;
    }

    private static readonly string[] ClauseEnds = [".", ",", ";", " und", " sowie", "!", "\"", "»", "“"];

    // A separable particle closes the sentence or a clause after the stem: " ein." " ein," " ein und".
    private static bool ClosesClause(string text, string particle, int after)
    {
        var closing = text.TrimEnd(' ', '.', '!', '"', '“', '»', '\n');
        return closing.EndsWith(" " + particle, StringComparison.Ordinal)
            || ClauseEnds.Any(end => text.IndexOf(" " + particle + end, after, StringComparison.Ordinal) > after);
    }
}
