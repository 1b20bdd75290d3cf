namespace BorderMap.Core.Extraction;

/// <summary>
/// Things a report counts beside people — vehicles, lorries, tanks, helicopters, boats, weapons, a force's companies and battalions — in
/// every language BorderMap reads. A
/// number whose counted phrase names such a thing counts the thing, even where a word of the phrase is also a word for soldiers or people:
/// "military" and "civilian" are soldiers' and people's words in many languages ("42 Militärfahrzeugen", "42 военных машинах", "۴۲ عراده
/// موتر نظامی", "۴۲ پوځي موټرو", "42 آلية عسكرية", "42 فوجی گاڑیوں", "42 véhicules militaires", "400 гражданских грузовиков").
/// </summary>
internal static class CountedThings
{
    // Vehicles and boats, by word beginnings (lower case, Arabic without its article). Words that begin others ("car", "char", "mobil" of
    // "mobilised", "boot" of "Bootsflüchtlinge", "танк" of "танкистов") are whole words below.
    private static readonly string[] Vehicles =
    [
        "vehicle", "truck", "lorr", "helicopter", "boats",
        "fahrzeug", "lastwagen", "lkw", "panzer", "hubschrauber",
        "kendaraan", "truk", "helikopter", "perahu",
        "машин", "бронемашин", "бронетехник", "грузовик", "вертолёт", "вертолет", "лодк", "автомобил",
        "мошин", "чархбол", "қаиқ", "боркаш",
        "موتر", "عراده", "تانک", "زره‌پوش", "زرهپوش", "کامیون", "چرخبال", "هلیکوپتر", "قایق", "خودرو", "ماشین",
        "موټر", "ټانک", "لارۍ", "چورلک", "بېړۍ", "زغره",
        "آلية", "آليات", "مركبة", "مركبات", "شاحن", "دباب", "مروحي", "مدرع", "قارب", "قوارب", "زورق", "سيار",
        "گاڑی", "گاڑیوں", "ٹرک", "ٹینک", "ہیلی", "بکتر", "کشتی", "کشتیوں",
        "véhicule", "camion", "blindé", "hélicoptère", "bateau", "embarcation",
    ];

    private static readonly HashSet<string> WholeWords = new(StringComparer.Ordinal)
    {
        "car", "cars", "tank", "tanks", "boat", "char", "chars", "mobil", "танк", "танков", "танки", "танка",
        // Short words for a company or a regiment, which begin others ("рот" of "ротация", "полк" of "полковник", "هنگ" of "هنگام").
        "рота", "роты", "рот", "роту", "ротами", "ротаи", "полк", "полка", "полков", "полкҳо", "هنگ",
    };

    // A force's units counted ("two companies", "zwei Kompanien", "две роты", "دو گروهان", "دوه ټولۍ", "سريتان", "دو کمپنیاں", "deux
    // compagnies"): they hold soldiers, but the number counts the units, and a verb after them is no word for soldiers ("دوه ټولۍ ساتي",
    // two companies guard it).
    private static readonly string[] ForceUnits =
    [
        "companies", "company", "battalion", "platoon", "brigade", "regiment", "kompanie", "bataillon", "kompi", "batalion", "batalyon", "peleton", "resimen",
        "батальон", "взвод", "бригад", "баталйон", "گروهان", "گردان", "ټولۍ", "ټولګی", "کنډک", "سرية", "سريت", "سرايا", "كتيبة", "كتيبت", "كتائب",
        "فصيل", "کمپنی", "کمپنیاں", "کمپنیوں", "بٹالین", "پلاٹون", "بریگیڈ", "رجمنٹ", "compagnie", "peloton", "régiment",
    ];

    // Weapons are things counted only right after the number ("400 rifles", "۴۰۰ قبضه تفنگ"): further on they say how the people counted
    // were armed ("1,200 heavily armed … soldiers", "ہتھیاروں سے لیس", "وسله وال").
    private static readonly HashSet<string> Weapons = new(StringComparer.Ordinal)
    {
        "rifles", "weapons", "guns", "gewehre", "gewehren", "waffen", "senapan", "senjata", "винтовок", "винтовки", "винтовками", "автоматов", "милтиқ",
        "силоҳ", "قبضه", "تفنگ", "ټوپکې", "ټوپکو", "بندقية", "بنادق", "رائفلیں", "رائفلوں", "بندوقیں", "fusils", "armes",
    };

    // German joins the vehicle to "military" in one word ("Militärfahrzeugen", "Armeelastwagen"): its vehicles are looked for inside a word.
    private static readonly string[] GermanInside = ["fahrzeug", "lastwagen", "hubschrauber"];

    // Urdu and Pashto write "armoured" as a word of its own before the vehicle ("بکتر بند گاڑیوں", "زغره وال موټر"): after a word for
    // soldiers it begins what they came with ("300 فوجی بکتر بند گاڑیوں کے ساتھ", 300 soldiers with armoured vehicles), not a vehicle the
    // soldier word qualifies.
    private static readonly string[] Armour = ["بکتر", "زغره"];

    private const int Reach = 4;

    /// <summary>
    /// Whether the words a number counts (from <paramref name="from"/>, up to the next number) name a thing before any word for soldiers or
    /// people, or right after the first such word ("военных машинах", "فوجی گاڑیوں": the word is the thing's adjective).
    /// </summary>
    public static bool Counted(List<string> words, int from, string? language)
    {
        if (from < words.Count && Weapons.Contains(words[from]))
        {
            return true;
        }

        for (var at = from; at < Math.Min(words.Count, from + Reach) && !words[at].Any(char.IsDigit); at++)
        {
            if (IsThing(words[at], language))
            {
                return true;
            }

            if (NumberWords.Unit(words[at], language) is not null)
            {
                return at + 1 < words.Count && IsThing(words[at + 1], language) && !Armour.Any(a => words[at + 1].StartsWith(a, StringComparison.Ordinal));
            }
        }

        return false;
    }

    private static bool IsThing(string word, string? language)
    {
        var bare = word.StartsWith("ال", StringComparison.Ordinal) && word.Length > 4 ? word[2..] : word;
        return WholeWords.Contains(word) || Vehicles.Any(s => bare.StartsWith(s, StringComparison.Ordinal)) || ForceUnits.Any(s => bare.StartsWith(s, StringComparison.Ordinal))
            || (language == "de" && GermanInside.Any(s => word.Contains(s, StringComparison.Ordinal)));
    }
}
