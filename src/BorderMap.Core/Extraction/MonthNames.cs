namespace BorderMap.Core.Extraction;

/// <summary>
/// The months of every calendar BorderMap's languages date reports by, so that a number before one is read as a date ("5 July", "۱۲ اسد",
/// "3 أغسطس", "3 اگست"), not a count: the Gregorian months in each language (their CLDR wide and abbreviated forms, with Russian and
/// Tajik case endings), the Arabic months of the Levant and the Maghreb, the Iranian solar months, the Afghan solar months by their Dari
/// (zodiac) and Pashto names. Latin-script names are whole words or abbreviations; Cyrillic names are stems that take case endings
/// ("июля", "августа"); Perso-Arabic names are whole words, as several are common words too ("دی", "مه", "می", "کب"), which stands
/// after a number as a month only. All lower case.
/// </summary>
internal static class MonthNames
{
    private static readonly HashSet<string> Latin = new(StringComparer.Ordinal)
    {
        // en, de, fr, id: wide names and the abbreviations reports use.
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "okt", "dez",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "janv", "févr", "avr", "juil", "déc",
        "januari", "februari", "maret", "mei", "agustus", "desember",
    };

    // Russian and Tajik months take case endings ("июля", "августа", "январи"); "ма" of May is a whole word ("мая", "май").
    private static readonly string[] CyrillicStems = ["январ", "феврал", "март", "апрел", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    private static readonly HashSet<string> CyrillicWhole = new(StringComparer.Ordinal) { "мая", "май", "маи", "ҷулай" };

    private static readonly HashSet<string> PersoArabic = new(StringComparer.Ordinal)
    {
        // Afghan solar months, Dari (zodiac) names.
        "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت",
        // Afghan solar months, Pashto names.
        "وری", "غویی", "غویی", "غبرګولی", "غبرگولی", "چنګاښ", "چنگاښ", "زمری", "زمري", "وږی", "وږي", "تله", "لړم", "لیندۍ", "لیندی", "مرغومی", "مرغومي", "سلواغه", "کب",
        // Iranian solar months.
        "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
        // Gregorian months in Persian (Iran and Afghanistan), Pashto and Urdu.
        "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر",
        "جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر",
        "جنوري", "فبروري", "اپرېل", "مۍ", "اګست", "جولاي",
        "فروری", "مئی", "جولائی", "ستمبر",
        // Arabic: the months of Egypt and the Gulf, of the Levant and Iraq, of the Maghreb.
        "يناير", "فبراير", "مارس", "أبريل", "إبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر", "نوفمبر", "ديسمبر",
        "كانون", "شباط", "آذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب", "أيلول", "ايلول", "تشرين",
        "جانفي", "فيفري", "أفريل", "ماي", "جوان", "جويلية", "أوت", "غشت",
    };

    // Maghrebi "جوان" (June) is "young" in Persian and a soldier in Urdu ("۳۵۰ جوان", 350 youths): a month only in Arabic or a text of no known language.
    private static readonly HashSet<string> ArabicOnly = new(StringComparer.Ordinal) { "جوان" };

    /// <summary>Whether a lower-cased word is the name of a month in a text of this language.</summary>
    public static bool IsMonthIn(string word, string? language) => IsMonth(word) && (language is null or "ar" || !ArabicOnly.Contains(word));

    /// <summary>Whether a lower-cased word is the name of a month.</summary>
    public static bool IsMonth(string word) =>
        Latin.Contains(word) || PersoArabic.Contains(word) || CyrillicWhole.Contains(word)
        || (word.Length >= 4 && CyrillicStems.Any(m => word.StartsWith(m, StringComparison.Ordinal)));
}
