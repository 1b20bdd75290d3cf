namespace BorderMap.Core.Extraction;

/// <summary>
/// Troops at drills or exercises are a military presence where they exercise, reservists among them or not: a drill is no mobilisation
/// ("about 2,500 troops and reservists began drills near Roshtqala", "военнослужащих и резервистов … начали учения") unless reservists
/// are called up to it (a call-up word: "called up 2,500 reservists for exercises", "призвало", "استدعت", "فراخواند") or are the ones
/// counted ("500 reservists were drawn into drills").
/// </summary>
internal static class DrillCues
{
    /// <summary>Drills and exercises, in every language (cues of a military presence in <see cref="CategoryCues"/>).</summary>
    public static readonly string[] Exercises =
    [
        "exercise", "drill", "latihan", "manöver", "übung", "übungen", "manœuvre", "manoeuvre", "exercice", "учени", "машқ", "مانور", "رزمایش", "مناورات", "تدريب",
        "تمرین", "مشق",
        // Firing drills: "провели стрельбы", "машқҳои тирандозӣ гузарониданд" (held, not sent across: see "гузарон").
        "провели стрельб", "учебные стрельб", "машқҳои тирандозӣ",
    ];

    // Called up, summoned, mobilised: "called up", "berief … ein", "rappelé", "memanggil", "призвало", "даъват", "ҷалб", "فراخواند", "وغوښتل",
    // "استدعت", "طلب کیے".
    private static readonly string[] CallUps =
    [
        "call up", "called up", "calls up", "calling up", "call-up", "mobilis", "mobiliz", "summon", "recalled", "einberuf", "berief", "beruft", "mobilmach", "einbestellt",
        "rappel", "convoqu", "memanggil", "dipanggil", "pemanggilan", "mobilisasi", "pengerahan", "призва", "призыв", "повестк", "мобилиз", "сборы", "даъват", "сафарбар", "ҷалб",
        "فراخوان", "فراخواند", "بسیج", "احضار", "غوښت", "استدع", "تعبئة", "التجنيد", "طلب", "بلایا", "بلائے", "متحرک",
    ];

    /// <summary>Whether a sentence (lower case) says people were called up.</summary>
    public static bool SaysCalledUp(string lower) => CueSearch.ContainsAny(lower, CallUps);

    // Enlisted, signed up or recruited: men who came forward to serve are called up as plainly as those summoned ("enlisted", "angeworben",
    // "записались", "номнавис шуданд", "ثبت نام کردند", "نوم لیکنه", "جندت", "بھرتی", "mendaftar", "se sont enrôlés"). Registering alone
    // ("registered", "зарегистрировались") is what refugees do too, and stays out.
    private static readonly string[] Enlistments =
    [
        "enlisted", "enlisting", "signed up", "recruited", "enrolled", "angeworben", "anwerben", "rekrutiert", "eingeschrieben", "meldeten sich freiwillig",
        "записались", "записалось", "записавшихся", "завербова", "набрали", "номнавис", "ном навишт", "ثبت نام", "ثبت‌نام", "نام‌نویسی", "نام نویسی",
        "نوم لیکنه", "نومونه ولیکل", "نوم ولیکه", "جندت", "جند ", "جندوا", "تطوع", "بھرتی", "نام لکھوا", "merekrut", "direkrut", "mendaftar",
        "enrôlé", "enrôlés", "recruté", "se sont inscrits", "se sont engagés",
        // Pashto "جذب شوي" (recruited, taken in: "نوي جذب شوي ځوانان") and "جلب شوي" (drafted).
        "جذب شو", "جلب شو",
        // Pashto writing down one's name in every aspect: the perfect "نومونه لیکلي دي" and the passive "نومونه لیکل شوي" beside the past above.
        "نومونه لیکل", "نومونه یې لیکل", "نوم لیکل", "نوم یې لیکل",
        // The places where people go to be recruited: "the uprising's recruiting points", "recruitment centres", "Werbestellen",
        // "Rekrutierungsbüros", "вербовочные пункты", "مراکز جذب", "د جلب مرکزونو", "points de recrutement", "pos perekrutan" (Tajik "ҷалб",
        // Arabic "التجنيد" and Urdu "بھرتی" are call-ups already). The place, not recruitment alone: families flee a forced recruitment.
        "recruiting point", "recruiting centre", "recruiting center", "recruiting office", "recruiting station", "recruitment point", "recruitment centre",
        "recruitment center", "recruitment office", "recruitment station", "werbestelle", "anwerbestelle", "anwerbebüro", "rekrutierungsbüro", "rekrutierungsstelle",
        "rekrutierungszentr", "вербовочн", "مراکز جذب", "مرکز جذب", "مراکز جلب", "مرکز جلب", "جلب مرکز", "جذب مرکز", "point de recrutement",
        "points de recrutement", "centre de recrutement", "centres de recrutement", "bureau de recrutement", "bureaux de recrutement", "pos perekrutan",
        "pos-pos perekrutan", "pusat perekrutan",
        // Recruiting offices by the words of the languages that name them after the call-up itself: "kantor perekrutan", Persian "دفاتر
        // جلب و جذب", Pashto "د جلب دفترونو" (Tajik "дафтарҳои ҷалб", Arabic "مكاتب التجنيد" and Urdu "بھرتی دفاتر" hold a call-up word).
        "kantor perekrutan", "kantor-kantor perekrutan", "دفاتر جلب", "دفتر جلب", "دفاتر جذب", "دفتر جذب", "جلب دفتر", "جذب دفتر",
    ];

    // A call to army or military service, whatever the verb of calling ("called to army service", "zum Armeedienst gerufene", "вызванных
    // на армейскую службу", Pashto "د اردو خدمت ته رابلل شوي"): those called are the reserve raised.
    private static readonly string[] CallsToService =
    [
        "called to army service", "called to military service", "called for army service", "called for military service", "zum armeedienst", "zum wehrdienst",
        "zum militärdienst", "на армейскую службу", "на военную службу", "на срочную службу", "خدمت ته رابلل", "خدمت ته راوبلل",
    ];

    // Pashto "غوښتل" is also "wanted" ("غوښتل یې … واوړي", they wanted to cross) and Arabic "طلب" also "asked": only Pashto's perfective
    // "وغوښتل" (were called) says it plainly.
    // A call to (military) service says it too ("پوځي خدمت ته غوښتل شوي", called to military service).
    private static readonly string[] PlainCallUps = [.. CallUps.Where(c => c is not ("غوښت" or "طلب")), "وغوښت", "خدمت ته غوښت", .. CallsToService, .. Enlistments];

    // Registering or joining ("registered", "вступили", "сабти ном шуданд", "سجل", "انضم", "اندراج کرایا", "ont rejoint") is an enlistment
    // when what is joined is a militia or a self-defence unit, or people registered as volunteers (see JoinedForces).
    private static readonly string[] Joining =
    [
        "registered", "joined", "joining", "beigetreten", "beitreten", "angeschlossen", "registriert", "eingetragen", "enregistr", "rejoint", "rejoindre", "inscrit",
        "bergabung", "terdaftar", "зарегистрирова", "вступи", "вступа", "присоединил", "сабти ном", "пайваст", "шомил шуд", "ҳамроҳ шуд",
        "پیوست", "یوځای شو", "یو ځای شو", "سجل", "انضم", "التحق", "انخرط", "اندراج", "شامل ہو",
        // Rallying to a force or becoming part of it ("rallied to", "berhimpun", "примкнули", Pashto "ورګډ شوي", Urdu "کا حصہ بن گئے",
        // "se sont ralliés"), and giving one's name to it ("put their names down", "sich … gemeldet", "mencatatkan nama", Persian and
        // Pashto "نام خود را … ثبت کرده‌اند", "نومونه ثبت کړي", "ont donné leur nom").
        "rallied", "rallying", "berhimpun", "примкну", "ورګډ", "حصہ بن", "rallié", "names down", "gemeldet", "meldeten sich", "mencatatkan nama",
        "mencatatkan diri", "ثبت کرد", "ثبت کړ", "donné leur nom", "donné son nom",
        // Putting one's name on a force's lists in the other languages' verbs: "put their names on", "вписали свои имена", Tajik "сабт
        // карданд", Arabic "أدرج … أسماءهم", Urdu "نام درج کرائے".
        "their names on", "his name on", "вписали", "вписал", "сабт кард", "сабт намуд", "أدرج", "ادرج", "نام درج",
        // Signing on with a force or taken into it by its own verbs ("signed on with", "ont intégré", Persian "ملحق شده‌اند", Pashto "سره
        // ملګري شوي"), entering its ranks ("the ranks of", "in die Reihen", "в ряды", "ба сафи", "صفوف", Pashto "لیکو ته", "dans les rangs",
        // "ke barisan"), flocking to it ("flocked to", "geströmt", "влились", "рӯ оварданд", "روی آورده‌اند", "ور ودانګل", "توافد", "آ ملے",
        // "afflué", "berbondong-bondong"), and putting oneself forward for it ("put themselves forward", "zur Verfügung gestellt", "вызвались",
        // "худро … пешниҳод карданд", "خود را … معرفی کرده‌اند", "ځانونه وړاندې کړي", "عرض … خدماتهم", "خود کو … کے لیے پیش کیا", "portés candidats",
        // "mengajukan diri").
        "signed on", "signing on", "intégré", "ملحق شد", "ملګري شو", "ranks of", "in die reihen", "в ряды", "ба сафи", "ба сафҳои", "صفوف", "لیکو ته",
        "dans les rangs", "barisan", "flocked", "flocking", "geströmt", "strömten", "влились", "рӯ оварданд", "روی آورد", "ور ودانګل", "توافد", "آ ملے",
        "afflué", "berbondong",
        // Thronging or rushing to it, the kin of flocking ("thronged to the uprising", "zum Aufstand geeilt", "устремились", "хлынули",
        // "шитофтанд", "شتافته‌اند", "ورمنډې کړې", "تدفق", "امڈ آئے", "accouru", "berduyun-duyun").
        "thronged", "thronging", "geeilt", "устремились", "устремляются", "хлынули", "шитофтанд", "شتافت", "ورمنډې", "تدفق", "امڈ آ", "accouru", "berduyun",
        "put themselves forward", "put himself forward", "zur verfügung gestellt", "вызвались", "худро пешниҳод",
        "пешниҳод карданд", "خود را معرفی", "معرفی کرد", "ځانونه وړاندې", "خدماتهم", "خود کو پیش", "کے لیے پیش کی", "کے لیے پیش کیا", "portés candidats",
        "porté candidat", "mengajukan diri",
    ];

    // A militia or a self-defence unit, or a volunteer's role ("the people's militia", "народное ополчение", "лашкари халқӣ", "ملیشه",
    // "الميليشيا", "unités d'autodéfense", "گروهای دفاع خودی", "د ځان ساتنې ډلې", "as volunteers", "رضاکار کے طور پر").
    private static readonly string[] JoinedForces =
    [
        "militia", "miliz", "milice", "milisi", "ополчени", "лашкар", "ملیشه", "ملیشیا", "میلیشیا", "ملېش", "ملیش", "ميليشيا", "مليشيا",
        "self-defence", "self-defense", "selbstverteidigung", "autodéfense", "bela diri", "самооборон", "худмудофиа", "دفاع خودی", "ځان ساتن", "الدفاع الذاتي", "خود دفاعی",
        "as volunteers", "as a volunteer", "als freiwillige", "добровольцами", "в качестве добровольц", "ба сифати ихтиёрӣ", "به عنوان داوطلب", "كمتطوع", "رضاکار کے طور",
        "sebagai relawan", "sebagai sukarelawan", "comme volontaire",
        // Battalions or units raised to defend a place ("the local defence battalions", "Verteidigungsbataillone", "батальоны обороны",
        // "баталйонҳои мудофиа", "گردان‌های دفاع", "د دفاع له کنډکونو", "كتائب الدفاع", "دفاعی بٹالین", "bataillons de défense").
        "defence battalion", "defense battalion", "defence unit", "defense unit", "verteidigungsbataillon", "verteidigungseinheit", "batalion pertahanan",
        "батальоны обороны", "батальон обороны", "батальонов обороны", "батальоны территориальной обороны", "баталйонҳои мудофиа", "баталйони мудофиа",
        "گردان‌های دفاع", "گردان های دفاع", "گردان دفاع", "دفاع له کنډک", "دفاعي کنډک", "كتائب الدفاع", "كتيبة الدفاع", "دفاعی بٹالین", "bataillons de défense",
        "bataillon de défense",
        // Volunteer battalions, which men put their names down for ("the volunteer battalions", "Freiwilligenbataillone", "добровольческие
        // батальоны", "баталйонҳои ихтиёрӣ", "گردان‌های داوطلب", "داوطلبو کنډکونو", "كتائب المتطوعين", "رضاکار بٹالین", "bataillons de volontaires").
        "volunteer battalion", "freiwilligenbataillon", "batalion sukarelawan", "batalion relawan", "добровольческие батальон", "добровольческий батальон",
        "добровольческих батальон", "добровольческого батальон", "баталйонҳои ихтиёрӣ", "баталйони ихтиёрӣ", "گردان‌های داوطلب", "گردان های داوطلب", "گردان داوطلب",
        "داوطلبو کنډک", "داوطلب کنډک", "كتائب المتطوعين", "كتيبة المتطوعين", "كتائب متطوعين", "رضاکار بٹالین", "رضاکاروں کی بٹالین", "bataillons de volontaires",
        "bataillon de volontaires",
        // A popular uprising's forces, which local men join to defend their district ("the popular uprising forces", "Volksaufstandskräfte",
        // "отряды народного восстания", "нерӯҳои хезиши мардумӣ", "نیروهای خیزش مردمی", "د خلکو د پاڅون", "قوات الانتفاضة الشعبية", "عوامی بغاوت",
        // "soulèvement populaire", "pemberontakan rakyat"); "Aufständische" alone are insurgents.
        "uprising", "volksaufstand", "aufstandskräft", "восстани", "хезиш", "خیزش", "پاڅون", "الانتفاضة", "عوامی بغاوت", "soulèvement", "pemberontakan rakyat",
        "kebangkitan rakyat", "қиёми мардумӣ", "қиёми халқӣ", "قیام مردمی", "الهبة الشعبية", "هبة شعبية", "عوامی قیام", "insurrection populaire",
        // A popular or national resistance front ("the people's resistance front", "Volkswiderstandsfront", "фронт народного сопротивления",
        // "ҷабҳаи муқовимат", "جبهه مقاومت", "د مقاومت له جبهې", "جبهة المقاومة", "قومی مزاحمت", "front de résistance"): resistance alone is
        // what an attack meets ("took the district without resistance"), no force one joins.
        "resistance front", "people's resistance", "popular resistance", "national resistance", "front perlawanan", "perlawanan rakyat", "widerstandsfront",
        "volkswiderstand", "фронт сопротивлени", "фронту сопротивлени", "народного сопротивлени", "национального сопротивлени", "ҷабҳаи муқовимат",
        "муқовимати мардумӣ", "جبهه مقاومت", "مقاومت مردمی", "مقاومت له جبه", "جبهة المقاومة", "المقاومة الشعبية", "عوامی مزاحمت", "قومی مزاحمت",
        "front de résistance", "résistance populaire",
        // A resistance movement, which men join as they join a front ("the anti-Taliban resistance movement", "Widerstandsbewegung", "движению
        // сопротивления", "ҳаракати муқовимат", "جنبش مقاومت", "مقاومت غورځنګ", "حركة المقاومة", "مزاحمتی تحریک", "mouvement de résistance").
        "resistance movement", "gerakan perlawanan", "widerstandsbewegung", "движению сопротивлени", "движение сопротивлени", "движения сопротивлени",
        "ҳаракати муқовимат", "جنبش مقاومت", "مقاومت غورځنګ", "حركة المقاومة", "مزاحمتی تحریک", "mouvement de résistance",
        // Community protection groups raised in a district ("community protection groups", "Gemeindeschutzgruppen", "отряды общинной защиты",
        // "гурӯҳҳои ҳифзи ҷамоат", "حفاظت از جامعه", "د ټولنې د ساتنې ډلې", "حماية الأهالي", "کمیونٹی حفاظتی", "protection communautaire").
        "community protection", "community defence", "gemeindeschutz", "общинной защит", "ҳифзи ҷамоат", "حفاظت از جامعه", "ټولنې د ساتن", "حماية الأهالي",
        "کمیونٹی حفاظتی", "protection communautaire", "perlindungan masyarakat",
        // Village guards ("village guard units", "Dorfwacheinheiten", "penjaga desa", "сельской стражи", "посбонони деҳа", "نگهبانی روستا",
        // "د کلي د ساتونکو", "حراسة القرى", "گاؤں کے محافظ دستے", "garde villageoise").
        "village guard", "dorfwach", "penjaga desa", "сельской страж", "сельскую страж", "сельская страж", "посбонони деҳа", "نگهبانی روستا", "نگهبانان روستا",
        "کلي د ساتونک", "حراسة القرى", "حراسة القرية", "حرس القرى", "محافظ دست", "گاؤں کے محافظ", "garde villageoise",
        // Home guards raised by a district ("home guard companies", "Heimatschutzkompanien", "территориальной охраны", "посдории маҳаллӣ",
        // "پاسداری محلی", "کلیوالي ساتنې", "الحرس الأهلي", "مقامی حفاظتی", "garde territoriale", "pertahanan rakyat").
        "home guard", "heimatschutz", "территориальной охран", "посдории маҳаллӣ", "پاسداری محلی", "کلیوالي ساتن", "الحرس الأهلي", "مقامی حفاظتی",
        "garde territoriale", "pertahanan rakyat",
        // Local defence councils, on whose lists men put their names ("the lists of the local defence councils", "Verteidigungsräte",
        // "советов обороны", "шӯроҳои мудофиа", "شوراهای دفاع", "دفاعي شوراګانو", "مجالس الدفاع", "دفاعی کونسل", "conseils de défense",
        // "dewan pertahanan").
        "defence council", "defense council", "verteidigungsrat", "verteidigungsrät", "dewan pertahanan", "совет обороны", "совета обороны", "советов обороны", "советы обороны",
        "шӯрои мудофиа", "шӯроҳои мудофиа", "شورای دفاع", "شوراهای دفاع", "دفاعي شورا", "مجلس الدفاع", "مجالس الدفاع", "دفاعی کونسل", "conseil de défense",
        "conseils de défense",
    ];

    /// <summary>Whether a sentence (lower case) says people joined a militia, a self-defence unit or a defence battalion.</summary>
    public static bool SaysJoinedAForce(string lower)
    {
        // Arabic marks the doubled letter of its verb ("سجّل", registered): the words are looked for without it.
        var plain = NonSpacingMarks.Without(lower);
        return Joining.Any(j => plain.Contains(j, StringComparison.Ordinal)) && NamesRaisedForce(lower);
    }

    /// <summary>Whether a sentence (lower case) names a militia, a self-defence unit or another force raised from local men.</summary>
    public static bool NamesRaisedForce(string lower)
    {
        var plain = NonSpacingMarks.Without(lower);
        return JoinedForces.Any(f => plain.Contains(f, StringComparison.Ordinal));
    }

    /// <summary>Whether a sentence (lower case) says people enlisted, signed up or joined a force: those named, villagers too, are the ones called up.</summary>
    public static bool SaysEnlisted(string lower) => CueSearch.ContainsAny(lower, Enlistments) || SaysJoinedAForce(lower);

    /// <summary>
    /// Whether a sentence (lower case) says people were called up in words that mean nothing else ("summoned", "einbestellt", "وغوښتل شول"),
    /// or joined a militia or a self-defence unit.
    /// </summary>
    public static bool SaysCalledUpPlainly(string lower) => CueSearch.ContainsAny(lower, PlainCallUps) || SaysJoinedAForce(lower);

    /// <summary>The drill cue of a sentence about troops at drills that calls no one up and counts no reservists, or null.</summary>
    public static string? DrillNotCallUp(string lower, IReadOnlyList<Quantity>? quantities) =>
        quantities?.Any(q => q.Key == "reservists") != true && !CueSearch.ContainsAny(lower, CallUps)
            ? Exercises.FirstOrDefault(e => lower.Contains(e, StringComparison.Ordinal)) : null;
}
