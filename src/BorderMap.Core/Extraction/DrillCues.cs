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
    public static bool SaysCalledUp(string lower) => CallUps.Any(c => lower.Contains(c, StringComparison.Ordinal));

    // Pashto "غوښتل" is also "wanted" ("غوښتل یې … واوړي", they wanted to cross) and Arabic "طلب" also "asked": only Pashto's perfective
    // "وغوښتل" (were called) says it plainly.
    private static readonly string[] PlainCallUps = [.. CallUps.Where(c => c is not ("غوښت" or "طلب")), "وغوښت", .. Enlistments()];

    // Enlisted, signed up or recruited: men who came forward to serve are called up as plainly as those summoned ("enlisted", "angeworben",
    // "записались", "номнавис шуданд", "ثبت نام کردند", "نوم لیکنه", "جندت", "بھرتی", "mendaftar", "se sont enrôlés"). Registering alone
    // ("registered", "зарегистрировались") is what refugees do too, and stays out.
    private static string[] Enlistments() =>
    [
        "enlisted", "enlisting", "signed up", "recruited", "enrolled", "angeworben", "anwerben", "rekrutiert", "eingeschrieben", "meldeten sich freiwillig",
        "записались", "записалось", "записавшихся", "завербова", "набрали", "номнавис", "ном навишт", "ثبت نام", "ثبت‌نام", "نام‌نویسی", "نام نویسی",
        "نوم لیکنه", "نومونه ولیکل", "نوم ولیکه", "جندت", "جند ", "جندوا", "تطوع", "بھرتی", "نام لکھوا", "merekrut", "direkrut", "mendaftar",
        "enrôlé", "enrôlés", "recruté", "se sont inscrits", "se sont engagés",
    ];

    /// <summary>Whether a sentence (lower case) says people were called up in words that mean nothing else ("summoned", "einbestellt", "وغوښتل شول").</summary>
    public static bool SaysCalledUpPlainly(string lower) => PlainCallUps.Any(c => lower.Contains(c, StringComparison.Ordinal));

    /// <summary>The drill cue of a sentence about troops at drills that calls no one up and counts no reservists, or null.</summary>
    public static string? DrillNotCallUp(string lower, IReadOnlyList<Quantity>? quantities) =>
        quantities?.Any(q => q.Key == "reservists") != true && !CallUps.Any(c => lower.Contains(c, StringComparison.Ordinal))
            ? Exercises.FirstOrDefault(e => lower.Contains(e, StringComparison.Ordinal)) : null;
}
