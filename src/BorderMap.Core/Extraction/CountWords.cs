namespace BorderMap.Core.Extraction;

/// <summary>
/// Counts written as one word below twenty and in hundreds, in every language BorderMap reads ("twelve soldiers", "fünfzehn Familien",
/// "двенадцать пограничников", "دوازده سرباز", "пятьсот беженцев", "سیصد خانواده", "ثلاثمائة لاجئ"), and the hundreds written after a
/// count ("two hundred", "دو سو", "درې سوه", "tiga ratus", "deux cents"), which multiply it; Arabic two thousand in one word ("ألفي")
/// and German counts joined to their thousands ("zweitausend"); a thousand written alone ("тысячу", "هزار", "ألف", "mille") and with its
/// hundreds ("هزار و پانصد", "ألف وخمسمائة"); halves before a multiplier ("полторы тысячи", "ڈیڑھ ہزار", "one and a half thousand").
/// The tens are <see cref="NumberWords.Tens"/>.
/// Words that are common words or names of the same script are left out: Persian "نه" (nine; "no") and "ده" (ten; "village"), Urdu "نو"
/// (nine; "new" in Persian), Persian and Tajik five ("پنج", "панҷ": the Panj, its river and its town), French "un" and "une" (also "a"), "one" and the other words for one (a count of one is written so in no report).
/// All lower case.
/// </summary>
internal static class CountWords
{
    // A thousand written alone, as a count of its own ("Russia flew a thousand paratroopers": "тысячу десантников", "هزار چترباز", "ألف
    // مظلي", "mille parachutistes", "seribu"): after a number or a count word it is that number's multiplier instead ("30 ألف", "دو هزار").
    private static readonly string[] Thousands = ["tausend", "mille", "seribu", "тысяча", "тысячу", "ҳазор", "هزار", "زر", "ألف", "ہزار", QualifiedThousand];

    // Russian "тысячи" is "thousands" ("тысячи беженцев", no count) but "a thousand" after a qualifier ("более тысячи", "около тысячи").
    private const string QualifiedThousand = "тысячи";

    /// <summary>Two to nineteen and the hundreds, each a whole word of its own, by value.</summary>
    public static readonly IReadOnlyDictionary<string, double> Whole = WholeTable();

    private static Dictionary<string, double> WholeTable()
    {
        string[][] small =
        [
            ["two", "zwei", "deux", "dua", "два", "две", "двух", "ду", "دو", "اثنان", "اثنين", "دوه"],
            ["three", "drei", "trois", "tiga", "три", "трёх", "трех", "се", "سه", "ثلاثة", "ثلاث", "درې", "تین"],
            ["four", "vier", "quatre", "empat", "четыре", "четырёх", "четырех", "чор", "چهار", "أربعة", "أربع", "څلور", "چار"],
            ["five", "fünf", "cinq", "lima", "пять", "пяти", "خمسة", "خمس", "پنځه", "پانچ"],
            ["six", "sechs", "enam", "шесть", "шести", "шаш", "شش", "ستة", "شپږ", "چھ"],
            ["seven", "sieben", "sept", "tujuh", "семь", "семи", "ҳафт", "هفت", "سبعة", "سبع", "اوه", "سات"],
            ["eight", "acht", "huit", "delapan", "восемь", "восьми", "ҳашт", "هشت", "ثمانية", "ثماني", "اته", "آٹھ"],
            ["nine", "neun", "neuf", "sembilan", "девять", "девяти", "нӯҳ", "تسعة", "تسع", "نهه"],
            ["ten", "zehn", "dix", "sepuluh", "десять", "десяти", "даҳ", "عشرة", "عشر", "لس", "دس"],
            ["eleven", "elf", "onze", "sebelas", "одиннадцать", "одиннадцати", "ёздаҳ", "یازده", "یوولس", "گیارہ", "أحد عشر", "إحدى عشرة"],
            ["twelve", "zwölf", "douze", "dua belas", "двенадцать", "двенадцати", "дувоздаҳ", "دوازده", "دولس", "بارہ", "اثنا عشر", "اثني عشر", "اثنتا عشرة", "اثنتي عشرة"],
            ["thirteen", "dreizehn", "treize", "tiga belas", "тринадцать", "тринадцати", "сездаҳ", "سیزده", "دیارلس", "تیرہ", "ثلاثة عشر", "ثلاث عشرة"],
            ["fourteen", "vierzehn", "quatorze", "empat belas", "четырнадцать", "четырнадцати", "чордаҳ", "چهارده", "څوارلس", "چودہ", "أربعة عشر", "أربع عشرة"],
            ["fifteen", "fünfzehn", "quinze", "lima belas", "пятнадцать", "пятнадцати", "понздаҳ", "پانزده", "پنځلس", "پندرہ", "خمسة عشر", "خمس عشرة"],
            ["sixteen", "sechzehn", "seize", "enam belas", "шестнадцать", "шестнадцати", "шонздаҳ", "شانزده", "شپاړس", "سولہ", "ستة عشر", "ست عشرة"],
            ["seventeen", "siebzehn", "dix-sept", "tujuh belas", "семнадцать", "семнадцати", "ҳабдаҳ", "ҳафдаҳ", "هفده", "اوولس", "سترہ", "سبعة عشر", "سبع عشرة"],
            ["eighteen", "achtzehn", "dix-huit", "delapan belas", "восемнадцать", "восемнадцати", "ҳаждаҳ", "هجده", "هیجده", "اتلس", "اٹھارہ", "ثمانية عشر", "ثماني عشرة"],
            ["nineteen", "neunzehn", "dix-neuf", "sembilan belas", "девятнадцать", "девятнадцати", "нуздаҳ", "نوزده", "نولس", "انیس", "تسعة عشر", "تسع عشرة"],
        ];
        string[][] hundreds =
        [
            ["einhundert", "cent", "seratus", "сто", "ста", "сад", "яксад", "صد", "یکصد", "مئة", "مائة", "سل", "ایک سو"],
            // Arabic two hundred in its dual, alone ("مئتان وأربعون", 240; "مئتين") or before its noun ("مئتا", "مئتي").
            ["zweihundert", "двести", "двухсот", "дусад", "دویست", "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي"],
            ["dreihundert", "триста", "трёхсот", "трехсот", "сесад", "سیصد", "ثلاثمائة", "ثلاثمئة"],
            ["vierhundert", "четыреста", "четырёхсот", "четырехсот", "чорсад", "چهارصد", "أربعمائة", "أربعمئة", "اربعمائة"],
            ["fünfhundert", "пятьсот", "пятисот", "панҷсад", "پانصد", "خمسمائة", "خمسمئة"],
            ["sechshundert", "шестьсот", "шестисот", "шашсад", "ششصد", "ستمائة", "ستمئة"],
            ["siebenhundert", "семьсот", "семисот", "ҳафтсад", "هفتصد", "سبعمائة", "سبعمئة"],
            ["achthundert", "восемьсот", "восьмисот", "ҳаштсад", "هشتصد", "ثمانمائة", "ثمانمئة"],
            ["neunhundert", "девятьсот", "девятисот", "нӯҳсад", "نهصد", "تسعمائة", "تسعمئة"],
        ];
        // Arabic two thousand, in its dual: "ألفان", "ألفا", "ألفي شخص" (two thousand people), "ألفين".
        string[] twoThousand = ["ألفان", "ألفا", "ألفي", "ألفين", "الفان", "الفا", "الفي", "الفين"];
        // Halves that a multiplier follows ("полторы тысячи", "якуним ҳазор", "ڈیڑھ ہزار", "eineinhalbtausend"): 1.5 and Urdu's 2.5.
        (string Word, double Value)[] halves =
            [("полторы", 1.5), ("полтора", 1.5), ("якуним", 1.5), ("ڈیڑھ", 1.5), ("ڈھائی", 2.5), ("eineinhalb", 1.5), ("anderthalb", 1.5), ("یو نیم", 1.5), ("satu setengah", 1.5)];
        return small.SelectMany((words, i) => words.Select(w => (w, Value: i + 2.0)))
            .Concat(hundreds.SelectMany((words, i) => words.Select(w => (w, Value: (i + 1) * 100.0))))
            .Concat(twoThousand.Select(w => (w, Value: 2000.0)))
            .Concat(halves.Select(h => (w: h.Word, h.Value)))
            .Concat(Thousands.Select(w => (w, Value: 1000.0)))
            .ToDictionary(t => t.w, t => t.Value, StringComparer.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> HundredWords = new(StringComparer.Ordinal)
    {
        "hundred", "hundert", "cents", "cent", "ratus", "сад", "صد", "سو", "سوه", "سل", "مئة", "مائة",
    };

    /// <summary>Hundreds written after a count ("two hundred", "zwei hundert", "deux cents", "tiga ratus", "دو سو", "درې سوه", "ثلاث مئة"), whole words.</summary>
    public static readonly IReadOnlySet<string> Hundreds = HundredWords;

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> WholeLookup =
        ((Dictionary<string, double>)Whole).GetAlternateLookup<ReadOnlySpan<char>>();

    // "One" before the hundreds ("a hundred", "یک صد", "ایک سو" is a count of its own): the hundreds word multiplies it (see NumberFinder).
    private static readonly string[] OneWords = ["a", "one", "ein", "eine", "satu", "один", "одна", "одну", "як", "یک", "یو", "ایک"];

    /// <summary>What a word can be in a count; a sentence's words are looked up once each, and most are none of these.</summary>
    [Flags]
    private enum Part
    {
        None = 0,
        Count = 1,
        FirstOfTwo = 2, // "dua" of "dua belas", "ثلاثة" of "ثلاثة عشر", "ایک" of "ایک سو"
        One = 4,
        Hundreds = 8,
        Thousand = 16,
    }

    private static readonly Dictionary<string, Part>.AlternateLookup<ReadOnlySpan<char>> Parts = PartsTable().GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, Part> PartsTable()
    {
        var parts = new Dictionary<string, Part>(StringComparer.Ordinal);
        void Add(string word, Part part) => parts[word] = parts.GetValueOrDefault(word) | part;
        foreach (var word in Whole.Keys)
        {
            // A word for thousands ("ألفا", two thousand; "هزار") after a number is its multiplier ("30 ألفا"), see AfterNumber.
            Add(word.Split(' ')[0], word.Contains(' ', StringComparison.Ordinal) ? Part.FirstOfTwo : Whole[word] >= 1000 ? Part.Count | Part.Thousand : Part.Count);
        }

        foreach (var word in OneWords)
        {
            Add(word, Part.One);
        }

        foreach (var word in HundredWords)
        {
            Add(word, Part.Hundreds);
        }

        foreach (var word in Thousands)
        {
            Add(word, Part.Thousand);
        }

        return parts;
    }

    /// <summary>
    /// The counts of <see cref="Whole"/> in a lower-cased sentence, as whole words: a hyphen or a zero-width non-joiner joins a word to
    /// the next ("soixante-dix", "fifty-three", "پنج‌شیر" are no count here), and a word written onto a digit is none.
    /// </summary>
    public static List<(int Start, int Length, double Value, bool Approximate, bool Small)> In(string lower, string? language)
    {
        List<(int, int, double, bool, bool)>? found = null;
        // No count ends before the first word (-1 would be "just before" a word at 0).
        var (at, countEnd) = (0, int.MinValue);
        while (at < lower.Length)
        {
            if (!IsWordPart(lower[at]))
            {
                at++;
                continue;
            }

            var end = WordEnd(lower, at);
            (at, end) = countEnd == at - 1 && IsArabicAndOnCount(lower.AsSpan(at, end - at)) ? (at + 1, end) : (at, end);
            end = language is "tg" or null && TajikHundredsAnd(lower.AsSpan(at, end - at)) ? end - 1 : end;
            var part = Parts.TryGetValue(lower.AsSpan(at, end - at), out var known) ? known : Part.None;
            var (length, value) = part == Part.None ? (end - at, JoinedCount(lower.AsSpan(at, end - at))) : Longest(lower, at, end, part);
            (length, value) = value == 0 && part.HasFlag(Part.One) ? AndAHalf(lower, at, end) : (length, value);
            value = value > 0 && lower.AsSpan(at, length) is QualifiedThousand && NumberQualifiers.QualifierBefore(lower[..at], "ru") is null ? 0 : value;
            var multiplies = (countEnd == at - 1 && (part.HasFlag(Part.Hundreds) || part.HasFlag(Part.Thousand))) || (part.HasFlag(Part.Thousand) && AfterNumber(lower, at));
            if (value > 0 && !multiplies && (at == 0 || !char.IsDigit(lower[at - 1])))
            {
                var (hundreds, hundredsEnd) = part.HasFlag(Part.Thousand) ? AndHundreds(lower, at + length) : (0, at + length);
                (found ??= []).Add((at, hundredsEnd - at, value + hundreds, false, true));
                end = hundredsEnd;
            }

            countEnd = value > 0 || part.HasFlag(Part.One) ? end : -1;
            at = end;
        }

        return found ?? [];
    }

    // A thousand after digits or tens is their multiplier ("30 ألف", "۳۰ هزار", "بیست هزار", "بیست و پنج هزار").
    private static bool AfterNumber(string lower, int at)
    {
        if (at < 2 || !char.IsWhiteSpace(lower[at - 1]))
        {
            return false;
        }

        var start = at - 1;
        while (start > 0 && !char.IsWhiteSpace(lower[start - 1]))
        {
            start--;
        }

        var word = lower.AsSpan(start, at - 1 - start);
        return char.IsDigit(word[^1]) || NumberWords.TensLookup.ContainsKey(word) || NumberWords.OnesLookup.ContainsKey(word);
    }

    // "And" between a thousand and its hundreds: "هزار و پانصد", "ألف وخمسمائة" (written onto the hundreds), "ming va ...".
    private static readonly string[] AndBeforeHundreds = [" و ", " و", " and ", " und ", " et ", " и ", " ва ", " او "];

    /// <summary>The hundreds joined to a thousand by "and" ("هزار و پانصد", 1,500; "ألف وخمسمائة"), and where they end; (0, from) if none.</summary>
    private static (double Value, int End) AndHundreds(string lower, int from)
    {
        foreach (var and in AndBeforeHundreds)
        {
            var at = from + and.Length;
            if (lower.AsSpan(from).StartsWith(and, StringComparison.Ordinal) && at < lower.Length && IsWordPart(lower[at]))
            {
                var end = WordEnd(lower, at);
                if (WholeLookup.TryGetValue(lower.AsSpan(at, end - at), out var hundreds) && hundreds >= 100 && hundreds < 1000)
                {
                    return (hundreds, end);
                }
            }
        }

        return (0, from);
    }

    // "One and a half" before a multiplier, in words ("one and a half thousand", "یک و نیم هزار"): 1.5.
    private static readonly string[] AndAHalfWords = [" and a half", " و نیم", " ونیم"];

    private static (int Length, double Value) AndAHalf(string lower, int start, int oneEnd)
    {
        foreach (var half in AndAHalfWords)
        {
            var end = oneEnd + half.Length;
            if (lower.AsSpan(oneEnd).StartsWith(half, StringComparison.Ordinal) && (end == lower.Length || !IsWordPart(lower[end])))
            {
                return (end - start, 1.5);
            }
        }

        return (0, 0);
    }

    // Arabic writes "and" onto the count after the hundreds ("مئة واثني عشر", 112): read right after a count, the word without it is the count.
    private const int ArabicAndCountFrom = 4;

    private static bool IsArabicAndOnCount(ReadOnlySpan<char> word) =>
        word.Length >= ArabicAndCountFrom && word[0] == 'و' && Parts.TryGetValue(word[1..], out var part) && (part & (Part.Count | Part.FirstOfTwo)) != 0;

    // Tajik writes "and" onto the hundreds or the thousand before the rest of the count ("яксаду дувоздаҳ", "дусаду панҷоҳ", "ҳазору
    // дусад"); in Russian "саду" is "garden".
    private static bool TajikHundredsAnd(ReadOnlySpan<char> word) =>
        word.Length > 1 && word[^1] == 'у' && WholeLookup.TryGetValue(word[..^1], out var hundreds) && hundreds is >= 100 and <= 1000;

    private static double JoinedCount(ReadOnlySpan<char> word) => JoinedThousands(word) is > 0 and var thousands ? thousands : JoinedHundreds(word);

    private const string GermanHundred = "hundert";

    /// <summary>
    /// German writes the hundreds and the rest of a count as one word ("hundertzwölf", 112; "zweihundertfünfzig", 250;
    /// "einhundertdreiundzwanzig", 123), and counts eleven to nineteen hundred so ("zwölfhundert", 1,200): its value, or 0.
    /// </summary>
    private static double JoinedHundreds(ReadOnlySpan<char> word)
    {
        var at = word.Length > GermanHundred.Length ? word.IndexOf(GermanHundred, StringComparison.Ordinal) : -1;
        if (at < 0)
        {
            return 0;
        }

        var head = word[..at];
        var rest = word[(at + GermanHundred.Length)..];
        var hundreds = head.IsEmpty || head is "ein" ? 1 : WholeLookup.TryGetValue(head, out var count) && count < 20 ? count : 0;
        var below = WholeLookup.TryGetValue(rest, out var small) && small < 20 ? small : BelowHundredGerman(rest);
        return hundreds > 0 && (below > 0 || (rest.IsEmpty && hundreds > 10)) ? (hundreds * 100) + below : 0;
    }

    // The rest of a German count after its hundreds: tens alone ("fünfzig"), ones and tens ("dreiundzwanzig"), or one ("eins").
    private static double BelowHundredGerman(ReadOnlySpan<char> rest)
    {
        var and = rest.IndexOf("und", StringComparison.Ordinal);
        return NumberWords.TensLookup.TryGetValue(rest, out var tens) ? tens
            : rest is "eins" ? 1
            : and > 0 && NumberWords.OnesLookup.TryGetValue(rest[..and], out var ones) && NumberWords.TensLookup.TryGetValue(rest[(and + 3)..], out var after) ? after + ones
            : 0;
    }

    private const string GermanThousand = "tausend";

    /// <summary>
    /// German writes a count, its thousands and the rest as one word ("zweitausend", "fünfzehntausend", "zwanzigtausend",
    /// "zweitausendfünfhundert", 2,500; "eintausendzweihundertfünfzig", 1,250): its value, or 0. "Tausende" (thousands) is no count.
    /// </summary>
    private static double JoinedThousands(ReadOnlySpan<char> word)
    {
        var at = word.Length > GermanThousand.Length ? word.IndexOf(GermanThousand, StringComparison.Ordinal) : -1;
        if (at < 0)
        {
            return 0;
        }

        var head = word[..at];
        var rest = word[(at + GermanThousand.Length)..];
        var thousands = head.IsEmpty || head is "ein" ? 1
            : WholeLookup.TryGetValue(head, out var small) && small < 100 ? small
            : NumberWords.TensLookup.TryGetValue(head, out var tens) ? tens : BelowHundredGerman(head);
        var below = rest.IsEmpty ? 0 : WholeLookup.TryGetValue(rest, out var count) && count < 1000 ? count : JoinedBelowThousand(rest);
        return thousands > 0 && (head.Length > 0 || rest.Length > 0) && (rest.IsEmpty || below > 0) ? (thousands * 1000) + below : 0;
    }

    private static double JoinedBelowThousand(ReadOnlySpan<char> rest) => JoinedHundreds(rest) is > 0 and < 1000 and var hundreds ? hundreds : BelowHundredGerman(rest);

    // A count is at most two words ("dua belas", "ثلاثة عشر", "ایک سو"): the pair is tried before its first word.
    private static (int Length, double Value) Longest(string lower, int start, int firstEnd, Part part)
    {
        var next = firstEnd + 1;
        if (part.HasFlag(Part.FirstOfTwo) && next < lower.Length && lower[firstEnd] == ' ' && IsWordPart(lower[next]))
        {
            var secondEnd = WordEnd(lower, next);
            if (WholeLookup.TryGetValue(lower.AsSpan(start, secondEnd - start), out var pair))
            {
                return (secondEnd - start, pair);
            }
        }

        return part.HasFlag(Part.Count) && WholeLookup.TryGetValue(lower.AsSpan(start, firstEnd - start), out var one) ? (firstEnd - start, one) : (0, 0);
    }

    private static int WordEnd(string lower, int at)
    {
        while (at < lower.Length && (IsWordPart(lower[at]) || char.IsDigit(lower[at])))
        {
            at++;
        }

        return at;
    }

    private static bool IsWordPart(char c) =>
        char.IsLetter(c) || c is '-' or '\u200C' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
