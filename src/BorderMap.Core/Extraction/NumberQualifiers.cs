using System.Buffers;
using System.Text.RegularExpressions;
using BorderMap.Core.Geocoding;

namespace BorderMap.Core.Extraction;

/// <summary>
/// The words that qualify a count, per language, mapped to the API's qualifier values ("more-than", "at-least", "nearly", "about",
/// "up-to"). Near-synonyms take one value in every language: "as many as", "no more than", "at most", "less than" are "up-to" (the
/// count is a ceiling), "no fewer than" and "at the very least" are "at-least", "just under" and "approaching" are "nearly", and a hedge
/// ("perhaps", "vielleicht", "возможно", "شاید", "ربما") is "about", as the count is a guess. Where one phrase ends another ("no more than", "more
/// than"), the longest wins. A text of no known language is read with every language's words. All lower case.
/// </summary>
internal static partial class NumberQualifiers
{
    private const string MoreThan = "more-than";
    private const string AtLeast = "at-least";
    private const string Nearly = "nearly";
    private const string About = "about";
    private const string UpTo = "up-to";

    // A count said to be estimated is about it, whatever the words of the estimate: "by one estimate, 1,000", "Schätzungen zufolge 700", "по
    // одной из оценок, 1000", "тибқи арзёбиҳо 450", "برآورد می‌شود ۴۵۰", "د اټکلونو له مخې ۷۰۰", "تشير التقديرات إلى أن ١٠٠٠", "اندازوں کے
    // مطابق 700", "menurut perkiraan 700", "selon les estimations, 700". The phrase ends in the word for the estimate and often stands before
    // its comma (Latin or Arabic).
    private static readonly Dictionary<string, string[]> EstimateWords = new(StringComparer.Ordinal)
    {
        // Indonesian gives an estimate's number after "sebanyak" (a number of): "memperkirakan sebanyak 2.000 orang" (estimate 2,000 people).
        ["id"] = ["perkiraan", "taksiran", "estimasi", "memperkirakan sebanyak", "menaksir sebanyak"],
        ["de"] = ["schätzungen zufolge", "schätzung zufolge", "schätzungen nach", "schätzungen", "schätzung", "geschätzten"],
        ["en"] = ["estimate", "estimates", "estimate that", "estimates that", "estimated that", "estimated at", "reckoning", "estimates put it at"],
        ["fr"] = ["estimation", "estimations", "estime que", "estiment que", "estimait que", "estimé que", "évalué à", "évalués à", "évaluée à", "évaluées à"],
        ["ru"] = ["оценок", "оценке", "оценкам", "оценочно", "оценивается в", "оцениваются в", "оценивают в"],
        ["tg"] = ["арзёбиҳо", "арзёбӣ", "арзёбии", "баҳодиҳӣ", "баҳодиҳиҳо", "тахмин", "тахминҳо", "тахминӣ"],
        ["fa"] = ["برآورد", "برآوردها", "برآورد می‌شود", "برآورد می شود", "برآورد میشود", "برآورد می‌شود که", "برآورد می شود که", "تخمین", "تخمین‌ها", "تخمین ها", "تخمین زده می‌شود", "تخمین زده می شود", "تخمین زده می‌شود که", "تخمین زده می شود که"],
        ["ps"] = ["اټکلونو له مخې", "اټکل له مخې", "اټکلونو", "اټکل شوي", "اټکلونو پر بنسټ", "اټکل پر بنسټ", "اټکلونو سره سم", "اټکل سره سم"],
        ["ar"] = ["التقديرات", "تقديرات", "تقدير", "التقديرات إلى أن", "تقديرات إلى أن", "التقديرات الى ان", "تقديرات الى ان", "تقديرات بأن"],
        ["ur"] = ["اندازوں کے مطابق", "اندازے کے مطابق", "تخمینے کے مطابق", "تخمینوں کے مطابق", "اندازہ ہے کہ", "اندازہ لگایا گیا ہے کہ"],
    };

    private static string[] Estimates(string language) =>
        [.. EstimateWords[language], .. EstimateWords[language].Select(p => p + ","), .. EstimateWords[language].Select(p => p + "،")];

    // Written right before the number ("more than 300", "около 300", "بیش از ۳۰۰"): one table per script, merged.
    private static readonly Dictionary<string, (string Qualifier, string[] Phrases)[]> BeforeTable =
        LatinBefore.Concat(CyrillicBefore).Concat(ArabicScriptBefore).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);

    private static Dictionary<string, (string Qualifier, string[] Phrases)[]> LatinBefore => new(StringComparer.Ordinal)
    {
        ["id"] =
        [
            (MoreThan, ["lebih dari", "di atas", "sedikit di atas", "sedikit lebih dari", "melebihi", "lebih banyak dari"]),
            (AtLeast, ["setidaknya", "sedikitnya", "sekurang-kurangnya", "paling sedikit", "minimal", "tidak kurang dari", "tak kurang dari", "paling tidak", "sekurangnya",
                "setidak-tidaknya"]),
            (Nearly, ["hampir", "nyaris", "mendekati", "sedikit di bawah", "sedikit kurang dari", "agak kurang dari", "kurang sedikit dari"]),
            (About, ["sekitar", "kira-kira", "kurang lebih", "kurang-lebih", "lebih kurang", "sekira", "diperkirakan", "berkisar", "kisaran", "sekitaran",
                "barangkali", "mungkin", "kemungkinan", "boleh jadi"]),
            (About, Estimates("id")),
            (UpTo, ["hingga", "sampai", "paling banyak", "sebanyak-banyaknya", "maksimal", "tidak lebih dari", "tak lebih dari", "kurang dari", "tidak melebihi", "tak melebihi",
                "tidak sampai"]),
        ],
        ["de"] =
        [
            (MoreThan, ["mehr als", "über", "gut", "weit über", "knapp über", "etwas über"]),
            (AtLeast, ["mindestens", "wenigstens", "nicht weniger als", "zumindest", "allermindestens", "zum mindesten"]),
            (Nearly, ["fast", "knapp", "beinahe", "annähernd", "nahezu", "knapp unter", "etwas unter", "etwas weniger als", "knapp weniger als", "ein wenig unter",
                "ein wenig weniger als", "ein bisschen weniger als", "nicht ganz", "nicht weit unter"]),
            // "an die 90 Familien" (some 90 families): "an die" before a number is an estimate.
            // An order of magnitude is an estimate: "in der Größenordnung von 350", "größenordnungsmäßig 350", "grob 350".
            (About, ["etwa", "rund", "ungefähr", "circa", "zirka", "ca.", "schätzungsweise", "geschätzte", "geschätzt", "um die", "an die", "größenordnung von",
                "größenordnungsmäßig", "grob", "grob gerechnet", "so etwas wie", "mehr oder weniger", "mehr oder minder", "vielleicht", "möglicherweise", "womöglich",
                "wahrscheinlich", "vermutlich"]),
            (About, Estimates("de")),
            (UpTo, ["bis zu", "höchstens", "maximal", "allenfalls", "nicht mehr als", "weniger als", "nicht über", "nicht mehr denn", "allerhöchstens"]),
        ],
        ["en"] =
        [
            // "north of 2,000 troops" (more than 2,000) and "south of" (fewer): a compass word before a count is its bound, as a place is never
            // measured from a number.
            (MoreThan, ["more than", "over", "upwards of", "in excess of", "above", "just over", "well over", "a little over", "slightly over", "a little more than",
                "slightly more than", "north of", "a good", "better than", "upward of", "exceeding"]),
            // "not less than" is a floor: the longest phrase wins over the ceiling "less than".
            (AtLeast, ["at least", "no fewer than", "no less than", "not fewer than", "not less than", "a minimum of", "at the very least", "at the least", "at a minimum",
                "at minimum", "at the minimum", "at the very minimum"]),
            // A slight shortfall is "nearly" whatever the word for it: "not far short of", "just shy of", "a shade under", "a touch less than".
            (Nearly, ["nearly", "almost", "near", "close to", "just under", "just short of", "a little under", "slightly under", "a little less than", "slightly less than",
                "a bit under", "a bit less than", "just below", "not quite", "the best part of", "the better part of", "getting on for", "going on for", "close on",
                "not far short of", "a little short of", "slightly short of", "just shy of", "a little shy of", "a shade under", "a shade below", "a shade less than",
                "a touch under", "a touch less than", "marginally under", "marginally less than", "fractionally under", "fractionally less than", "slightly below", "a little below",
                "nigh on", "well nigh", "nearing", "approaching", "shy of", "closing in on"]),
            (About, ["about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "circa", "an estimate of", "in the region of", "on the order of", "of the order of",
                "something like", "somewhere around", "in the neighbourhood of", "in the neighborhood of", "in the vicinity of", "perhaps", "maybe", "in the order of",
                "in the range of", "in the ballpark of", "round about", "approx.", "more or less", "possibly", "probably"]),
            (About, Estimates("en")),
            // A negated excess is a ceiling: "a force not exceeding 800", "not over 800" (the longest phrase wins over "exceeding", "over").
            (UpTo, ["up to", "as many as", "at most", "at the most", "no more than", "not more than", "less than", "fewer than", "a maximum of", "south of",
                "not exceeding", "not to exceed", "not over", "no greater than", "at the very most", "at a maximum", "at maximum", "at the maximum", "at the outside"]),
        ],
        ["fr"] =
        [
            (MoreThan, ["plus de", "plus d'", "plus d’", "un peu plus de", "un peu plus d'", "un peu plus d’", "au-delà de", "au delà de", "dépassant", "excédant"]),
            (AtLeast, ["au moins", "pas moins de", "pas moins d'", "pas moins d’", "au minimum", "un minimum de", "au bas mot", "à tout le moins", "pour le moins",
                "au strict minimum"]),
            (Nearly, ["près de", "près d'", "près d’", "presque", "pas loin de", "pas loin d'", "pas loin d’", "un peu moins de", "un peu moins d'", "un peu moins d’",
                "légèrement moins de", "légèrement moins d'", "légèrement moins d’", "pas tout à fait", "pratiquement", "quasiment", "avoisinant", "frôlant", "approchant"]),
            (About, ["environ", "quelque", "approximativement", "à peu près", "autour de", "aux alentours de", "aux environs de", "grosso modo", "de l'ordre de", "de l’ordre de", "quelque chose comme", "en gros", "plus ou moins", "estimé à", "estimés à", "estimée à", "estimées à", "on estime à",
                "peut-être", "probablement", "sans doute", "vraisemblablement"]),
            (About, Estimates("fr")),
            (UpTo, ["jusqu'à", "jusqu’à", "pas plus de", "pas plus d'", "pas plus d’", "au plus", "au maximum", "un maximum de", "moins de", "moins d'", "moins d’",
                "n'excédant pas", "n’excédant pas", "ne dépassant pas", "ne dépassant guère"]),
        ],
    };

    private static Dictionary<string, (string Qualifier, string[] Phrases)[]> CyrillicBefore => new(StringComparer.Ordinal)
    {
        ["ru"] =
        [
            // "добрых 2000" (a good 2,000) is more than it, as "a good" and "gut" are.
            (MoreThan, ["более чем", "более", "больше", "больше чем", "свыше", "добрых", "превышающей", "превышающий", "превышающих"]),
            (AtLeast, ["не менее", "не менее чем", "не меньше", "по меньшей мере", "как минимум", "минимум", "не ближе", "по крайней мере", "самое меньшее"]),
            // "под 40 человек" (getting on for 40): "под" right before a count is its approach, as a place is never named by a number.
            (Nearly, ["под", "почти", "чуть менее", "чуть меньше", "немногим менее", "немногим меньше", "немного менее", "немного меньше", "слегка менее", "слегка меньше",
                "чуть-чуть меньше", "несколько менее", "несколько меньше", "неполных", "без малого", "едва ли не", "чуть ли не", "близко к"]),
            // A hedge is set off by commas as a parenthetical word ("сдались, возможно, 220"): it stands before its comma.
            (About, ["около", "порядка", "примерно", "приблизительно", "ориентировочно", "в районе", "где-то", "что-то вроде", "более или менее", "плюс-минус",
                "возможно", "вероятно", "может быть", "пожалуй", "наверное", "возможно,", "вероятно,", "может быть,", "пожалуй,", "наверное,"]),
            (About, Estimates("ru")),
            (UpTo, ["до", "не более", "не более чем", "не больше", "максимум", "самое большее", "самое многое", "от силы", "менее", "меньше", "не свыше", "в пределах",
                "не превышающей", "не превышающий", "не превышающая", "не превышающих", "не превышающем", "не превышающим"]),
        ],
        ["tg"] =
        [
            (MoreThan, ["зиёда аз", "беш аз", "бештар аз"]),
            (AtLeast, ["ҳадди ақал", "камаш", "ақаллан", "на камтар аз", "на кам аз", "дастикам", "дасти кам", "кам аз кам", "ҳеҷ набошад", "лоақал"]),
            (Nearly, ["наздик ба", "наздики", "қариб", "қариби", "каме камтар аз", "андаке камтар аз", "андак камтар аз", "як қадар камтар аз"]),
            (About, ["тақрибан", "тахминан", "ҳудуди", "ба ҳисоби тахминӣ", "кам ё беш", "камобеш", "шояд", "эҳтимол", "эҳтимолан", "мумкин"]),
            (About, Estimates("tg")),
            (UpTo, ["то", "на бештар аз", "на беш аз", "ҳадди аксар", "камтар аз", "на зиёда аз", "на зиёд аз"]),
        ],
    };

    private static Dictionary<string, (string Qualifier, string[] Phrases)[]> ArabicScriptBefore => new(StringComparer.Ordinal)
    {
        ["fa"] =
        [
            // "بالغ بر ۴۰" (amounting to over 40) and the forms written with the zero-width non-joiner ("بیش‌تر از") are "more than".
            (MoreThan, ["بیش از", "بیشتر از", "بیش‌تر از", "افزون بر", "فزون بر", "بالغ بر", "متجاوز از", "بالاتر از"]),
            (AtLeast, ["دست‌کم", "دست کم", "حداقل", "نه کمتر از", "لااقل", "لا اقل"]),
            (Nearly, ["نزدیک به", "نزدیک", "قریب به", "قریب", "کمی کمتر از", "اندکی کمتر از", "کمی کم‌تر از", "اندکی کم‌تر از"]),
            (About, ["حدود", "حدوداً", "حدودا", "تقریباً", "تقریبا", "کم و بیش", "کم‌وبیش", "کموبیش", "کمابیش", "تخمیناً", "تخمینا", "به تخمین", "به طور تخمینی", "شاید", "احتمالاً", "احتمالا"]),
            (About, Estimates("fa")),
            (UpTo, ["تا", "حداکثر", "حد اکثر", "نه بیش از", "نه بیشتر از", "نه بیش‌تر از", "کمتر از", "کم‌تر از", "نهایتاً", "نهایتا"]),
        ],
        ["ps"] =
        [
            (AtLeast, ["لږ تر لږه", "لږترلږه", "حداقل", "دست کم", "لااقل"]),
            (Nearly, ["نږدې", "نژدې"]),
            // "اټکل کېږي ۱۳۰۰" (it is estimated, 1,300): the passive stands before the number.
            (About, ["شاوخوا", "حدود", "تقریباً", "تقریبا", "کابو", "اټکلاً", "اټکل", "په اټکل", "په اټکل سره", "په اټکلي ډول", "اټکل کېږي", "اټکل کیږي", "اټکل کېږي چې", "اټکل کیږي چې",
                "ښايي", "ښایي", "شاید", "کېدای شي", "کیدای شي", "احتمالاً", "احتمالا"]),
            (About, Estimates("ps")),
            (UpTo, ["ډېر نه ډېر", "حداکثر", "حد اکثر"]),
        ],
        ["ar"] =
        [
            // "أكثر بقليل من" (a little more than): the slight word stands inside the comparison, so each form is a phrase of its own.
            (MoreThan, ["أكثر من", "اكثر من", "ما يزيد على", "ما يزيد عن", "ما يربو على", "أزيد من", "ما يزيد قليلا على", "ما يزيد قليلاً على",
                "ما يزيد كثيرا على", "ما يزيد كثيراً على", "ما يزيد كثيرا عن", "ما يزيد كثيراً عن", "أكثر بقليل من", "اكثر بقليل من", "أكثر قليلا من",
                "أكثر قليلاً من", "اكثر قليلا من", "ما يزيد بقليل على", "ما يزيد بقليل عن", "ما يفوق", "يفوق", "ما يتجاوز", "يتجاوز", "تتجاوز", "تزيد على", "تزيد عن",
                // "بضعة وأربعون" (some and forty), "نيف وأربعون": forty-odd, as "۴۰ و اندی" and "40 ونيف" are more than forty.
                "بضعة و", "بضع و", "نيف و", "نيّف و"]),
            (AtLeast, ["على الأقل", "ما لا يقل عن", "لا يقل عن", "على أقل تقدير", "في أقل تقدير", "لا أقل من", "ليس أقل من"]),
            (Nearly, ["ما يقارب", "يقارب", "ما يقارب من", "يقارب من", "قرابة", "ما يقرب من", "ما يناهز", "يناهز", "أقل بقليل من", "اقل بقليل من", "ما يقل قليلا عن", "ما يقل قليلاً عن", "ما يقل بقليل عن",
                "أقل قليلا من", "أقل قليلاً من"]),
            // "ما يقدر بـ230" (an estimated 230): the preposition is written onto the number, joined by a stroke.
            (About, ["نحو", "حوالي", "حوالى", "زهاء", "في حدود", "بحدود", "تقريبا", "تقريباً", "ما يقدر ب", "ما يقدر بـ", "يقدر ب", "يقدر بـ", "ربما", "من المحتمل", "لعل"]),
            (About, Estimates("ar")),
            // A negated excess in either gender is a ceiling ("قوة لا تتجاوز 800 جندي", a force not exceeding 800); the longest phrase wins over "تتجاوز".
            (UpTo, ["حتى", "على الأكثر", "كحد أقصى", "ما يصل إلى", "يصل إلى", "ما يصل الى", "أقل من", "اقل من", "ما لا يزيد على", "ما لا يزيد عن", "لا يزيد على", "لا يزيد عن",
                "لا تزيد على", "لا تزيد عن", "لا يتجاوز", "لا تتجاوز", "ما لا يتجاوز", "لم يتجاوز", "لم تتجاوز", "لا يتعدى", "لا تتعدى",
                "على أقصى تقدير", "في أقصى تقدير", "لا أكثر من", "ليس أكثر من"]),
        ],
        ["ur"] =
        [
            (AtLeast, ["کم از کم", "کم سے کم"]),
            (Nearly, ["قریب", "قریباً", "قریب قریب"]),
            (About, ["تقریباً", "تقریبا", "لگ بھگ", "کوئی", "اندازاً", "کم و بیش", "تخمیناً", "تخمینا", "ایک اندازے کے مطابق", "شاید", "غالباً", "غالبا", "ممکنہ طور پر",
                "ممکن ہے"]),
            (About, Estimates("ur")),
            (UpTo, ["زیادہ سے زیادہ"]),
        ],
    };

    // Written right after the number or its multiplier ("20 ہزار سے زائد", "۱۲۰۰ ته نږدې", "1,200 or so"). Pashto compares with a
    // circumposition, "له … څخه زیات" or "تر … زیات": the word after the number decides, as "له" alone is "from".
    private static readonly Dictionary<string, (string Qualifier, string[] Phrases)[]> AfterTable = new(StringComparer.Ordinal)
    {
        // "or more" after a count is its floor and "or fewer" its ceiling, in every language ("800 or fewer", "800 ou moins", "٨٠٠ أو أقل").
        ["id"] = [(AtLeast, ["atau lebih"]), (About, ["-an", "atau lebih kurang", "atau kurang lebih"]), (UpTo, ["atau kurang"])],
        ["en"] = [(MoreThan, ["plus"]), (AtLeast, ["or more"]), (About, ["or so", "odd", "or thereabouts", "give or take"]), (UpTo, ["or fewer", "or less", "at most", "at the most"])],
        ["de"] = [(AtLeast, ["oder mehr", "und mehr"]), (About, ["oder so"]), (UpTo, ["oder weniger", "höchstens"])],
        ["ru"] =
        [
            (MoreThan, ["с лишним", "с небольшим", "с гаком"]), (AtLeast, ["и более", "или более", "и больше", "или больше"]), (About, ["или около того"]),
            (UpTo, ["или меньше", "или менее"]),
        ],
        // "чил ва чанд", "۴۰ و اندی" (forty-odd): "and some" after a count is more than it.
        ["tg"] = [(MoreThan, ["ва чанд"]), (AtLeast, ["ва зиёда", "ва бештар", "ё бештар", "ва аз он зиёд"]), (UpTo, ["ё камтар", "ва камтар"])],
        ["fa"] = [(MoreThan, ["و اندی", "و اند", "و چند"]), (AtLeast, ["و بیشتر", "یا بیشتر"]), (UpTo, ["یا کمتر", "یا کم‌تر"])],
        // "تر ۳۵ کم نه" (not fewer than 35): the negation after "کم" makes the ceiling a floor.
        // "له ۴۰ څخه یو څه ډېر" (a little over 40), "له ۱۵۰ یو څه لږ" (a little under 150): "یو څه" (somewhat) between the number and its
        // comparison makes the slight bound.
        ["ps"] =
        [
            (MoreThan, ["څخه زیات", "څخه ډېر", "نه زیات", "نه ډېر", "زیات", "ډېر", "څه باندې", "څه ډېر", "څه زیات", "او څه", "یو څه زیات", "یو څه ډېر", "څخه یو څه زیات", "څخه یو څه ډېر",
                "نه یو څه زیات", "نه یو څه ډېر"]),
            // "تر ۸۰۰ زیات نه" (not more than 800) is the ceiling as "کم نه" is the floor.
            (AtLeast, ["کم نه", "څخه کم نه", "لږ تر لږه", "نه نه کم", "نه نه لږ", "څخه نه کم", "څخه نه لږ"]),
            (Nearly, ["ته نږدې", "یو څه لږ", "څخه یو څه لږ", "یو څه کم", "څخه یو څه کم", "نه یو څه لږ", "نه یو څه کم"]),
            (UpTo, ["پورې", "څخه کم", "نه کم", "لږ", "څخه لږ", "زیات نه", "ډېر نه", "څخه زیات نه", "څخه ډېر نه", "نه نه زیات", "نه نه ډېر", "څخه نه زیات", "څخه نه ډېر"]),
        ],
        ["ar"] =
        [
            (MoreThan, ["ونيف", "ونيّف", "و نيف"]), (AtLeast, ["على الأقل", "أو أكثر", "او أكثر", "او اكثر"]), (About, ["تقريبا", "تقريباً", "أو نحو ذلك"]),
            (UpTo, ["أو أقل", "او أقل", "او اقل", "على الأكثر", "كحد أقصى"]),
        ],
        // "35 سے کم نہیں" (not fewer than 35), "600 سے کہیں زیادہ" (well over 600): the longest phrase wins over "سے کم", "سے زیادہ".
        ["ur"] =
        [
            // "سے ذرا زیادہ", "سے قدرے کم" (a little over, somewhat under): every slight word between "سے" and its comparison.
            (MoreThan, ["سے زیادہ", "سے زائد", "سے اوپر", "سے کچھ زیادہ", "سے تھوڑا زیادہ", "سے کچھ اوپر", "سے کہیں زیادہ", "سے کہیں زائد", "سے ذرا زیادہ", "سے ذرا زائد",
                "سے ذرا اوپر", "سے قدرے زیادہ", "سے قدرے زائد", "سے تھوڑا سا زیادہ", "سے کچھ زائد", "سے متجاوز"]),
            (AtLeast, ["یا اس سے زیادہ", "یا زیادہ", "سے کم نہیں", "سے کم نہ"]),
            (Nearly, ["کے قریب", "سے کچھ کم", "سے تھوڑا کم", "سے ذرا کم", "سے قدرے کم", "سے تھوڑا سا کم"]), (About, ["کے لگ بھگ", "کے آس پاس", "کے آس‌پاس"]),
            (UpTo, ["تک", "سے کم", "سے زیادہ نہیں", "سے زائد نہیں", "یا اس سے کم", "یا کم", "سے متجاوز نہیں", "سے تجاوز نہیں", "سے تجاوز نہ"]),
        ],
        ["fr"] = [(MoreThan, ["plus"]), (AtLeast, ["au moins", "et plus", "ou plus"]), (UpTo, ["au plus", "tout au plus", "au maximum", "ou moins"])],
    };

    // Written after the noun the number counts ("180 soldats au moins", "800 soldats au plus", "180 tentara lebih"): only phrases that
    // cannot start a phrase of their own ("1 000 soldats plus tard" is no "more than"). A floor or a ceiling said after the noun is said
    // there in every language that says it so ("800 soldiers at most", "800 Soldaten höchstens", "800 солдат максимум"; Persian, Tajik and Urdu
    // say their adverbs before the number, and one after the noun opens the next phrase); one followed by
    // a number bounds that number instead (see QualifierAfterNoun).
    private static readonly Dictionary<string, (string Qualifier, string[] Phrases)[]> AfterNounTable = new(StringComparer.Ordinal)
    {
        ["id"] =
        [
            (MoreThan, ["lebih"]), (AtLeast, ["setidaknya", "paling sedikit", "atau lebih"]), (About, ["atau lebih kurang", "atau kurang lebih"]),
            (UpTo, ["paling banyak", "atau kurang"]),
        ],
        ["en"] = [(AtLeast, ["or more", "at least"]), (About, ["or so", "or thereabouts", "give or take"]), (UpTo, ["at most", "at the most", "or fewer", "or less"])],
        ["de"] = [(AtLeast, ["oder mehr", "mindestens"]), (About, ["oder so"]), (UpTo, ["höchstens", "oder weniger"])],
        ["ru"] =
        [
            (MoreThan, ["с лишним"]), (AtLeast, ["или больше", "и более", "или более", "как минимум", "по меньшей мере"]),
            (UpTo, ["максимум", "самое большее", "или меньше", "или менее"]),
        ],
        ["tg"] = [(AtLeast, ["ва зиёда", "ва бештар", "ё бештар", "ва аз он зиёд"]), (UpTo, ["ё камтар"])],
        ["fa"] = [(AtLeast, ["و بیشتر", "یا بیشتر"]), (About, ["تقریباً", "تقریبا"]), (UpTo, ["یا کمتر", "یا کم‌تر"])],
        // Pashto's circumposition "تر … پورې" closes after the noun too ("تر ۱۰ زره کډوالو پورې").
        ["ps"] = [(AtLeast, ["لږ تر لږه", "لږترلږه"]), (UpTo, ["پورې"])],
        ["ar"] =
        [
            (MoreThan, ["ونيف", "ونيّف"]), (AtLeast, ["على الأقل", "أو أكثر", "او أكثر", "او اكثر", "كحد أدنى"]), (About, ["تقريبا", "تقريباً", "أو نحو ذلك"]),
            (UpTo, ["على الأكثر", "كحد أقصى", "أو أقل", "او أقل"]),
        ],
        // Urdu's postposition "تک" (up to) closes the noun phrase as Pashto's "پورې" does ("70 کلومیٹر تک حصے", a stretch of up to 70 km).
        ["ur"] = [(AtLeast, ["یا اس سے زیادہ", "یا زیادہ"]), (About, ["کے لگ بھگ"]), (UpTo, ["یا اس سے کم", "یا کم", "تک"])],
        ["fr"] = [(AtLeast, ["ou plus", "au moins"]), (About, ["environ", "à peu près", "ou à peu près"]), (UpTo, ["au maximum", "au plus", "tout au plus", "ou moins"])],
    };

    // Pashto "تر" is "up to" alone ("تر ۵ زره ذخیره ځواکونه"), but the first half of "more than" when "زیات" follows the number ("تر ۱۰۰ زیات").
    private static readonly Dictionary<string, (string Qualifier, string[] Phrases)[]> WeakBeforeTable = new(StringComparer.Ordinal)
    {
        ["ps"] = [(UpTo, ["تر"])],
    };

    // Said at the end of the clause a number stands in, past the words that describe what it counts ("que 400 hommes du cru au plus",
    // "٤٠٠ رجل من السكان المحليين كحد أقصى"): only phrases that close a clause and bound a count.
    private static readonly Dictionary<string, (string Qualifier, string[] Phrases)[]> ClauseEndTable = new(StringComparer.Ordinal)
    {
        ["en"] = [(AtLeast, ["at least"]), (UpTo, ["at most", "at the most"])],
        ["fr"] = [(AtLeast, ["au moins", "au minimum"]), (UpTo, ["au plus", "tout au plus", "au maximum"])],
        ["ar"] = [(AtLeast, ["على الأقل", "كحد أدنى"]), (UpTo, ["كحد أقصى", "على الأكثر", "على أقصى تقدير"])],
    };

    // Said between the article and a French approximate noun, inside the number's span: "une bonne quarantaine" (a good forty) is more
    // than it, "un petit millier" (a small thousand) nearly it.
    private static readonly (string Word, string Qualifier)[] InsideApproximateNoun = [("bonne", MoreThan), ("bon", MoreThan), ("petite", Nearly), ("petit", Nearly)];

    /// <summary>The words that may stand between "une" and a French approximate noun ("bonne", "petite").</summary>
    public static IEnumerable<string> WordsInsideApproximateNoun => InsideApproximateNoun.Select(w => w.Word);

    /// <summary>The qualifier said inside an approximate noun's span ("une bonne quarantaine": more than), if any.</summary>
    public static string? QualifierInside(string number) =>
        InsideApproximateNoun.FirstOrDefault(w => number.Contains(" " + w.Word + " ", StringComparison.Ordinal)).Qualifier;

    private static readonly Dictionary<string, (string Phrase, string Qualifier)[]> Before = Longest(BeforeTable);
    private static readonly Dictionary<string, (string Phrase, string Qualifier)[]> ClauseEnd = Longest(ClauseEndTable);
    private static readonly Dictionary<string, (string Phrase, string Qualifier)[]> After = Longest(AfterTable);
    private static readonly Dictionary<string, (string Phrase, string Qualifier)[]> AfterNoun = Longest(AfterNounTable);
    private static readonly Dictionary<string, (string Phrase, string Qualifier)[]> WeakBefore = Longest(WeakBeforeTable);
    private static readonly Dictionary<string, (string Phrase, string Qualifier)[]> EstimatesOnly =
        Longest(EstimateWords.ToDictionary(e => e.Key, e => new[] { (About, Estimates(e.Key)) }, StringComparer.Ordinal));

    private const string AnyLanguage = "";

    /// <summary>
    /// Every language's phrases, longest first, and under <see cref="AnyLanguage"/> all of them together; a phrase written with marks
    /// ("اندازاً") also without them, as the text before a number is looked at without its marks.
    /// </summary>
    private static Dictionary<string, (string Phrase, string Qualifier)[]> Longest(Dictionary<string, (string Qualifier, string[] Phrases)[]> table)
    {
        static (string, string)[] Sorted(IEnumerable<(string Qualifier, string[] Phrases)> rows) =>
            [.. rows.SelectMany(r => r.Phrases.SelectMany(p => new[] { p, NonSpacingMarks.Without(p) }).Select(p => (p, r.Qualifier))).DistinctBy(p => p.p).OrderByDescending(p => p.p.Length)];

        var byLanguage = table.ToDictionary(t => t.Key, t => Sorted(t.Value), StringComparer.Ordinal);
        byLanguage[AnyLanguage] = Sorted(table.Values.SelectMany(v => v));
        return byLanguage;
    }

    private static (string Phrase, string Qualifier)[] Of(Dictionary<string, (string Phrase, string Qualifier)[]> table, string? language) =>
        table.GetValueOrDefault(language ?? AnyLanguage) ?? (language is not null && WireLanguages.Contains(language) ? [] : table[AnyLanguage]);

    private static readonly HashSet<string> WireLanguages = new(StringComparer.Ordinal) { "id", "de", "en", "ru", "tg", "fa", "ps", "ar", "ur", "fr" };

    /// <summary>
    /// The qualifier that ends the text before a number (as a whole word), if any, also across a preposition that places the number
    /// ("примерно в 45 км", about 45 km away).
    /// </summary>
    public static string? QualifierBefore(string before, string? language, string? after = null)
    {
        var text = WithoutArticle(NonSpacingMarks.Without(Tail(before)).TrimEnd(' ', '\u00A0'));
        var phrases = Of(Before, language);
        var found = EndingPhrase(phrases, text) ?? (PrepositionBefore(text) is { } preposition ? EndingPhrase(phrases, text[..^preposition.Length]) : null);
        return found is { } qualifier && !(after is not null && AlsoPrepositions.Contains(qualifier.Phrase) && MeasureOfNounAfter().IsMatch(after)) ? qualifier.Qualifier : null;
    }

    // German "an die" is "some" before a count ("an die 90 Familien") but "to the" before the measure of a noun after it ("an die 1344
    // Kilometer lange Grenze", to the 1,344-km-long border): an attributive adjective of measure after the unit tells it.
    private static readonly HashSet<string> AlsoPrepositions = new(StringComparer.Ordinal) { "an die" };

    [GeneratedRegex(@"^\s*\S+\s+(?:lang|breit|tief|hoh|entfernt)(?:e|en|er|es)(?!\w)")]
    private static partial Regex MeasureOfNounAfter();

    // Words that may stand between an estimate and the number it gives, in its clause: a verb, a place, a postposition ("Schätzungen zufolge
    // haben 700 Familien", "Nach einer Schätzung lagern 1.000", "وبحسب التقديرات، وصلت ٧٠٠ عائلة", "اندازوں کے مطابق امام صاحب سے 700").
    private const int WordsAfterEstimate = 3;

    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",.;:،؛");

    /// <summary>
    /// "about" when an estimate ends the text before a number but for at most <see cref="WordsAfterEstimate"/> words with no digit nor
    /// punctuation (see <see cref="EstimateWords"/>); null otherwise.
    /// </summary>
    public static string? EstimatedBefore(string before, string? language)
    {
        var text = NonSpacingMarks.Without(Tail(before)).TrimEnd(' ', '\u00A0');
        var phrases = Of(EstimatesOnly, language);
        for (var dropped = 0; dropped < WordsAfterEstimate; dropped++)
        {
            var space = text.LastIndexOf(' ');
            if (space < 0 || text.AsSpan(space + 1).IndexOfAny(ClauseEnds) >= 0 || text[(space + 1)..].Any(char.IsDigit))
            {
                return null;
            }

            text = text[..space].TrimEnd(' ', '\u00A0');
            if (Ending(phrases, text) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>A qualifier before the number that yields to one after it (Pashto "تر", see <see cref="WeakBeforeTable"/>).</summary>
    public static string? WeakQualifierBefore(string before, string? language) => Ending(Of(WeakBefore, language), before.TrimEnd(' ', '\u00A0'));

    /// <summary>The qualifier that starts the text after a number, if any; a Pashto adjective may carry its ending (see <see cref="InflectedEnd"/>).</summary>
    public static string? QualifierAfter(string after, string? language) =>
        (Starting(Of(After, language), after) ?? (after.StartsWith('-') ? Starting(Of(After, language), after[1..]) : null))?.Qualifier; // "90-odd"

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",.;:!?()،؛۔");

    // A clause longer than this says more than what the number counts: its last words are no qualifier of it.
    private const int ClauseWords = 8;

    /// <summary>The qualifier that ends the clause after a number, with no other number between (see <see cref="ClauseEndTable"/>), if any.</summary>
    public static string? QualifierEndingClause(string after, string? language)
    {
        var stop = after.AsSpan().IndexOfAny(ClauseBreaks);
        var clause = (stop < 0 ? after : after[..stop]).TrimEnd(' ', '\u00A0');
        return clause.Any(char.IsDigit) || clause.Count(c => c == ' ') > ClauseWords ? null : Ending(Of(ClauseEnd, language), clause);
    }

    /// <summary>How many words the qualifier that starts the text after a number takes ("کے قریب", "یا اس سے زیادہ": 2, 4), or 0.</summary>
    public static int WordsOfQualifierAfter(string after, string? language) =>
        Starting(Of(After, language), after) is { } found ? found.Phrase.Count(c => c == ' ') + 1 : 0;

    /// <summary>
    /// The qualifier that starts the text after the noun a number counts, if any ("soldats au moins"); not when a number follows it, which
    /// it bounds instead ("300 soldiers at most 20 km away").
    /// </summary>
    public static string? QualifierAfterNoun(string after, string? language) =>
        Starting(Of(AfterNoun, language), after) is { } found && !StartsWithNumber(after.TrimStart(' ', '\u00A0')[found.Phrase.Length..]) ? found.Qualifier : null;

    private static bool StartsWithNumber(string rest) => rest.TrimStart(' ', '\u00A0') is { Length: > 0 } next && char.IsDigit(next[0]);

    /// <summary>The text before a number without the qualifier that ends it ("à environ" → "à"), or the text itself.</summary>
    public static string WithoutQualifierBefore(string before, string? language)
    {
        var text = before.TrimEnd(' ', '\u00A0');
        return EndingPhrase(Of(Before, language), text) is { } found ? text[..^found.Phrase.Length] : text;
    }

    private static string? Ending((string Phrase, string Qualifier)[] phrases, string text) => EndingPhrase(phrases, text)?.Qualifier;

    private static (string Phrase, string Qualifier)? EndingPhrase((string Phrase, string Qualifier)[] phrases, string text)
    {
        foreach (var found in phrases)
        {
            if (text.EndsWith(found.Phrase, StringComparison.Ordinal) && StartsWord(text, text.Length - found.Phrase.Length) && !IsPostposition(text, found.Phrase))
            {
                return found;
            }
        }

        return null;
    }

    private static (string Phrase, string Qualifier)? Starting((string Phrase, string Qualifier)[] phrases, string after)
    {
        var text = after.TrimStart(' ', '\u00A0');
        foreach (var found in phrases)
        {
            if (text.StartsWith(found.Phrase, StringComparison.Ordinal) && InflectedEnd(text, found.Phrase.Length))
            {
                return found;
            }
        }

        return null;
    }

    // The longest phrase is far shorter: only the end of the text before a number is looked at, and freed of its marks ("زُهاء", about).
    private const int TailLength = 80;

    private static string Tail(string before) => before.Length > TailLength ? before[^TailLength..] : before;

    // Arabic writes the article onto a number, joined by a stroke or not ("أكثر من الـ40", "قرابة الـ60"): the qualifier stands before it.
    private static readonly string[] ArticlesOnNumbers = [" الـ", " ال"];

    private static string WithoutArticle(string text) =>
        ArticlesOnNumbers.FirstOrDefault(a => text.EndsWith(a, StringComparison.Ordinal)) is { } article ? text[..^(article.Length - 1)].TrimEnd() : text;

    // Prepositions that may stand between a qualifier and its number: Russian and Tajik "в", "на", "дар".
    private static readonly string[] PlacingPrepositions = [" в", " на", " дар"];

    private static string? PrepositionBefore(string text) =>
        PlacingPrepositions.FirstOrDefault(p => text.EndsWith(p, StringComparison.Ordinal)) is { } p ? p : null;

    // A qualifier is a whole word, or one with Arabic "and" or "by" written onto it ("وحوالي ٣٠", and about 30; "بنحو 230", by about 230).
    private static bool StartsWord(string text, int at) =>
        at == 0 || !char.IsLetter(text[at - 1]) || (text[at - 1] is 'و' or 'ب' && NameTokens.IsArabicScript(text[at]) && (at == 1 || !char.IsLetter(text[at - 2])));

    // Pashto "نږدې" is "nearly" before a number, but "near" as a postposition after the place it locates: "د ښار ته نږدې ۱۵۰۰ عسکر"
    // (1,500 soldiers near the town) counts them exactly. The particle before it ("ته", "سره") tells the postposition; so for Urdu
    // "قریب" after "کے" ("سرحد کے قریب 300 فوجی", 300 soldiers near the border).
    private static readonly (string Phrase, string[] Particles)[] Postpositions = [("نږدې", ["ته", "سره"]), ("قریب", ["کے"])];

    private static bool IsPostposition(string text, string phrase) =>
        Postpositions.Any(p => p.Phrase == phrase && p.Particles.Any(particle => text[..^phrase.Length].TrimEnd(' ', '\u00A0').EndsWith(" " + particle, StringComparison.Ordinal)));

    // Pashto adjectives agree with the noun they qualify: "زیات", "زیاته", "زیاتې", "زیاتو" (more), "ډېر", "ډېرې" are one word.
    private const string PashtoEndings = "ېهوۍي";

    private static bool InflectedEnd(string text, int end)
    {
        var at = end < text.Length && PashtoEndings.Contains(text[end], StringComparison.Ordinal) && NameTokens.IsArabicScript(text[0]) ? end + 1 : end;
        return at == text.Length || !char.IsLetter(text[at]);
    }
}
