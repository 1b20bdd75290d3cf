using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BorderMap.Core.Extraction;

/// <summary>A counted quantity in a sentence: what it counts, its value, how it is qualified ("exact", "more-than", "about", "nearly", "at-least", "up-to") and where the number stands (UTF-16).</summary>
public sealed record Quantity(string Key, double Value, string Qualifier, int Start, int Length);

/// <summary>
/// Finds counted quantities in a sentence in every language BorderMap reads: a number in Western,
/// Arabic-Indic or Persian digits, an optional multiplier word ("20 ribu", "20 thousand", "20 тысяч",
/// "۲۰ هزار"), and a unit word (soldiers, reservists, refugees, kilometres) within
/// <see cref="UnitReach"/> words after it ("1,037 Afghan servicemen", "20,000 reserve troops", "910 km
/// de frontière"), but not past punctuation, another number or a month ("5 July", see <see cref="MonthNames"/>). A qualifier just
/// before the number ("more than", "около", "بیش از", "au moins") or after it (see <see cref="QualifierAfter"/>)
/// is kept with it, as each language's table maps it (<see cref="NumberQualifiers"/>); two numbers that make a range are its low
/// and high ends (<see cref="NumberRanges"/>). A '.', ',', space or Arabic separator followed by exactly three
/// digits groups thousands ("1.037", "1,037", "20 000", "۱٬۰۳۷"), except that English uses '.' only for
/// decimals. Kilometres in a sentence about a border become <c>borderKm</c>.
/// </summary>
public static partial class NumberFinder
{
    private const int UnitReach = 4;

    // A count word below twenty or in hundreds counts a noun at most three words on, past its hundreds, one adjective and any demonyms ("three hundred
    // Afghan soldiers", "دو سو فوجی"): such words are also names ("چهار دره", Chahar Dara; "دو کوه") and other words.
    private const int SmallUnitReach = 3;

    private const double Thousand = 1000;

    // German puts a whole phrase between a number and its noun ("20.000 in der vergangenen Woche einberufene Reservisten"): when a
    // preposition follows the number, the noun may stand this many words on.
    private const int ExtendedAttributeReach = 7;

    // Inside that phrase, a noun after an article or the preposition is the preposition's ("aus dem Bezirk geflohene Familien"), not the one counted.
    private static readonly HashSet<string> GermanArticles = new(StringComparer.Ordinal) { "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines" };

    private static readonly HashSet<string> GermanPrepositions = new(StringComparer.Ordinal) { "in", "im", "an", "am", "aus", "bei", "nach", "seit", "vor", "von", "vom", "zur", "zum", "über", "auf" };

    public static Dictionary<string, double> Find(string sentence, string? language) => ByKey(Quantities(sentence, language));

    /// <summary>The first value counted of each quantity, by its key.</summary>
    public static Dictionary<string, double> ByKey(IEnumerable<Quantity> quantities)
    {
        var numbers = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var quantity in quantities)
        {
            numbers.TryAdd(quantity.Key, quantity.Value);
        }

        return numbers;
    }

    public static List<Quantity> Quantities(string sentence, string? language)
    {
        var quantities = new List<Quantity>();
        var lower = LowerCaseSentence.Of(sentence);
        var numbers = Numbers(sentence, lower, language);
        var partOfEarlier = 0;
        for (var i = 0; i < numbers.Count; i++)
        {
            var (start, length, number, approximate, small) = numbers[i];
            var own = OwnWords(lower, start + length, small, number, language);
            var (value, used) = Multiplied(number, own);
            var tail = CountAfterHundreds(lower, numbers, i, value, EndOfWords(lower, start + length, used));
            if (tail is { } below)
            {
                (value, length, used) = (value + below.Value, below.End - start, 0);
                own = OwnWords(lower, below.End, small, value, language);
            }

            var lowEnd = tail is null && i + 1 < numbers.Count && MakeRange(lower, numbers[i], numbers[i + 1], language);
            var highEnd = i > 0 && MakeRange(lower, numbers[i - 1], numbers[i], language);
            // A count written inside an earlier one's words is part of it: "پنځه" (five) of "یو زر او پنځه سوه" (one thousand five hundred).
            (var inEarlier, partOfEarlier) = (start < partOfEarlier, Math.Max(partOfEarlier, EndOfWords(lower, start + length, used)));
            if (inEarlier)
            {
                continue;
            }

            value = lowEnd && used == 0 ? SharedMultiplier(value, HighEnd(lower, numbers[i + 1])) : value;
            // "دو ہزار کے قریب افراد" (nearly two thousand people): a count word and its multiplier are a number as digits are.
            own = small && value >= Thousand ? WordsAfter(lower, start + length) : own;

            // The low end of a range counts what its high end counts ("200 to 300 refugees").
            var (after, words, wordsUsed) = lowEnd && used == 0 ? UnitWords(lower, numbers[i + 1]) : (start + length, own, used);
            // A number that ends its sentence part counts only more of a group named before it ("… ещё 12.") or a force by its strength.
            var bare = words.Count == 0 && MoreOfGroupBefore(lower, start, language) is null && StrengthOfForce(lower, start, language) is null;
            if (value <= 0 || bare || (words.Count > 0 && (MonthNames.IsMonthIn(words[0], language) || NamesAFormation(lower, start + length, words))) || IsYearOfDate(lower, start, length))
            {
                continue;
            }

            // A qualifier right after the number or its multiplier ("ڈیڑھ ہزار کے قریب بے گھر دیہاتی", "400 یا اس سے زیادہ فوجی") is no part
            // of what it counts: the unit is looked for after it.
            var unitFrom = wordsUsed + NumberQualifiers.WordsOfQualifierAfter(string.Join(' ', words.Skip(wordsUsed)), language);
            // "42 military vehicles", "400 гражданских грузовиков": a count of things is no count of the soldiers or people its adjective names.
            if (CountedThings.Counted(words, unitFrom, language))
            {
                continue;
            }

            var unit = FromReserveLists(UnitOf(words, unitFrom, language), lower, start, words, unitFrom, language)
                ?? PartOf(words, unitFrom, language) ?? UnitOfWhole(lower, start, quantities, language) ?? CalledUpForces(words, unitFrom, lower)
                ?? MoreOfGroupBefore(lower, start, language) ?? StrengthOfForce(lower, start, language);
            var inverted = unit is null && RussianInversion.UnitBefore(lower, start, language) is { } before ? before : null;
            unit ??= inverted;
            var distance = unit == "km" && KilometreDistance.Measures(lower[..start], words, wordsUsed, language);
            if (KeyOf(unit, lower, language, distance) is { } key)
            {
                var qualifier = highEnd ? NumberRanges.HighQualifier
                    : NumberQualifiers.QualifierBefore(lower[..start], language, lower[(start + length)..]) ?? (lowEnd ? NumberRanges.LowQualifier : null)
                    ?? QualifierAfter(lower[after..], words, wordsUsed, language)
                    ?? NumberQualifiers.WeakQualifierBefore(lower[..start], language)
                    ?? NumberQualifiers.EstimatedBefore(lower[..start], language)
                    ?? (approximate ? NumberQualifiers.QualifierInside(lower.Substring(start, length).Replace('\u00A0', ' ')) : null)
                    ?? (approximate || inverted is not null ? "about" : "exact");
                quantities.Add(new Quantity(key, value, qualifier, start, length));
            }
        }

        return quantities;
    }

    // Tajik writes "and" onto the hundreds ("яксаду дувоздаҳ", 112): the count below a hundred follows it.
    private const string TajikAnd = "у";

    /// <summary>
    /// The smaller parts of a count in words written right after its hundreds or thousands in words, alone or after "and", each smaller
    /// than the place the one before ends on: below a hundred after the hundreds ("One hundred and twelve", "Seratus dua belas", "Сто
    /// двенадцать", "Яксаду дувоздаҳ", "یکصد و دوازده", "یو سل او دولس", "مئة واثني عشر", "ایک سو بارہ", "Cent douze"), and the hundreds and
    /// the rest after a thousand ("One thousand two hundred and fifty", "Seribu dua ratus lima puluh", "Тысяча двести пятьдесят", "Mille deux
    /// cent cinquante", "ألف ومئتان وخمسون"): their sum and where they end, to be added to the count; null if none.
    /// </summary>
    private static (double Value, int End)? CountAfterHundreds(string lower, List<(int Start, int Length, double Value, bool Approximate, bool Small)> numbers, int i, double value, int end)
    {
        if (value < 100 || value % 100 != 0 || char.IsDigit(lower[numbers[i].Start]))
        {
            return null;
        }

        var (added, place, next) = (0.0, LowestPlace(value), NextFrom(numbers, i + 1, end));
        while (next < numbers.Count && place > 1 && !char.IsDigit(lower[numbers[next].Start]) && JoinsParts(lower[end..numbers[next].Start]))
        {
            var (part, partEnd) = WithItsHundreds(lower, numbers[next]);
            if (part >= place)
            {
                break;
            }

            (added, end, place) = (added + part, partEnd, LowestPlace(part));
            next = NextFrom(numbers, next + 1, end);
        }

        return added > 0 ? (added, end) : null;
    }

    // The first number from index `from` that starts at or after a position: the numbers before it are words of the count already read
    // ("two" of "One thousand two hundred").
    private static int NextFrom(List<(int Start, int Length, double Value, bool Approximate, bool Small)> numbers, int from, int position)
    {
        while (from < numbers.Count && numbers[from].Start < position)
        {
            from++;
        }

        return from;
    }

    private static bool JoinsParts(string between)
    {
        var trimmed = between.Trim();
        return trimmed.Length == 0 || trimmed == TajikAnd || NumberWords.IsAnd(trimmed, null);
    }

    // The place a count ends on: 1000 for a thousand, 100 for 1,200, 10 for 240, 1 for 245. A smaller part may follow it.
    private static double LowestPlace(double value)
    {
        var place = 1.0;
        while (value % (place * 10) == 0 && place < Thousand)
        {
            place *= 10;
        }

        return place;
    }

    // A count below ten and the word for a hundred after it ("dua ratus", "deux cent", "two hundred", "دوه سوه") is its hundreds.
    private static (double Value, int End) WithItsHundreds(string lower, (int Start, int Length, double Value, bool Approximate, bool Small) number)
    {
        var end = number.Start + number.Length;
        return number.Value < 10 && WordsAfter(lower, end, 1) is [var word] && CountWords.Hundreds.Contains(word)
            ? (number.Value * 100, EndOfWords(lower, end, 1))
            : (number.Value, end);
    }

    /// <summary>
    /// Whether two numbers make a range. A count word below twenty or in hundreds makes none ("پنج", five, is also the Panj: "شهر پنج سے 25
    /// کلومیٹر", 25 km from Panj), unless the high end's thousands follow ("two to three thousand", "سه تا چهار هزار").
    /// </summary>
    private static bool MakeRange(string lower, (int Start, int Length, double Value, bool Approximate, bool Small) low, (int Start, int Length, double Value, bool Approximate, bool Small) high, string? language) =>
        ((!low.Small && !high.Small) || HighEnd(lower, high) >= Thousand) && NumberRanges.Joins(lower, low.Start, low.Start + low.Length, high.Start, language);

    // Ordinal endings written after a hyphen ("201-й", "201-ой", "201-уми", "201-th"): the number names, it does not count. Written onto
    // the number with no hyphen ("201st", "201e", "۲۰۱م") it is no number at all (see Number).
    private static readonly HashSet<string> OrdinalEndings = new(StringComparer.Ordinal)
    {
        "й", "я", "е", "го", "му", "м", "ой", "ая", "ое", "ый", "ий", "ых", "ум", "уми", "ом", "оми", "th", "st", "nd", "rd", "e", "er", "ème",
    };

    // Urdu writes its ordinal ending as a word of its own ("201 ویں", the 201st).
    private static readonly HashSet<string> OrdinalWords = new(StringComparer.Ordinal) { "ویں", "واں" };

    // A military base named by its number ("۲۰۱ پوځي اډه", the 201 military base): right after it, or after "military" ("پوځي" is also
    // "soldiers"); after a noun it is the base of those counted ("۲۰۰۰ سرباز پایگاه ۲۰۱", 2,000 soldiers of base 201).
    private static readonly HashSet<string> Formations = new(StringComparer.Ordinal)
    {
        "base", "stützpunkt", "militärbasis", "pangkalan", "база", "базы", "базе", "базу", "пойгоҳ", "пойгоҳи", "پایگاه", "اډه", "اډې", "اډو", "قاعدة", "اڈہ", "اڈے", "اڈا",
    };

    // Persian, Urdu and Tajik "نظامی", "فوجی", "низомӣ" are also nouns ("۲۰۰۰ نظامی پایگاه نظامی ۲۰۱", 2,000 servicemen of base 201).
    private static readonly HashSet<string> Military = new(StringComparer.Ordinal) { "military", "militär", "militer", "военной", "پوځي", "العسكرية" };

    /// <summary>
    /// Whether a number names what it stands before rather than counting it: an ordinal ("201-й военной базы", "201-уми низомӣ", "201 ویں
    /// فوجی اڈے") or a base by its number ("۲۰۱ پوځي اډې"). A count is never read from "the 201st base".
    /// </summary>
    private static bool NamesAFormation(string lower, int end, List<string> words)
    {
        if (end + 1 < lower.Length && lower[end] == '-')
        {
            var ending = end + 1;
            while (ending < lower.Length && char.IsLetter(lower[ending]))
            {
                ending++;
            }

            if (OrdinalEndings.Contains(lower[(end + 1)..ending]))
            {
                return true;
            }
        }

        return OrdinalWords.Contains(words[0]) || Formations.Contains(words[0]) || (words.Count > 1 && Military.Contains(words[0]) && Formations.Contains(words[1]));
    }

    private const int YearDigits = 4;

    /// <summary>Four digits right after a month are the date's year ("5 July 2021 soldiers crossed", "15 июля 2021 года"), never a count.</summary>
    private static bool IsYearOfDate(string lower, int start, int length) =>
        length == YearDigits && WordsBefore(lower, start, 1).FirstOrDefault() is { } before && MonthNames.IsMonth(before);

    /// <summary>Where the first <paramref name="count"/> words after a position end (as <see cref="WordsAfter"/> splits them).</summary>
    private static int EndOfWords(string lower, int position, int count)
    {
        var end = position;
        for (var word = 0; word < count; word++)
        {
            while (end < lower.Length && WordBreaks.Contains(lower[end]))
            {
                end++;
            }

            while (end < lower.Length && !WordBreaks.Contains(lower[end]))
            {
                end++;
            }
        }

        return end;
    }

    /// <summary>The value of a range's high end, times the multiplier written after it.</summary>
    private static double HighEnd(string lower, (int Start, int Length, double Value, bool Approximate, bool Small) high) =>
        Multiplied(high.Value, WordsAfter(lower, high.Start + high.Length)).Value;

    private static readonly double[] Powers = [1_000_000, 100_000, 1000];

    /// <summary>
    /// A range's low end written without the thousands its high end has ("between 20 and 30 thousand", "от 20 до 30 тысяч", "entre 20 et
    /// 30 000", "۲۰ تا ۳۰ هزار"): the low end is in the high end's thousands when that puts it below the high end and above a tenth of it.
    /// </summary>
    private static double SharedMultiplier(double low, double high)
    {
        foreach (var multiple in Powers)
        {
            if (high % multiple == 0 && low * multiple <= high && low * multiple * 10 >= high)
            {
                return low * multiple;
            }
        }

        return low;
    }

    /// <summary>The words after a number (past its multiplier, if any), where its unit is looked for.</summary>
    private static (int After, List<string> Words, int Used) UnitWords(string lower, (int Start, int Length, double Value, bool Approximate, bool Small) number)
    {
        var after = number.Start + number.Length;
        var words = WordsAfter(lower, after);
        return (after, words, Multiplied(number.Value, words).Used);
    }

    /// <summary>
    /// A number times the hundreds and the multiplier written after it ("two hundred", "دو سو", "20 thousand", "ایک لاکھ", "three hundred
    /// thousand"), with the hundreds after a thousand ("یو زر او پنځه سوه", "two thousand five hundred"), and how many words they took.
    /// </summary>
    private static (double Value, int Used) Multiplied(double number, List<string> words)
    {
        var (value, used) = words.Count > 0 && CountWords.Hundreds.Contains(words[0]) ? (number * 100, 1) : (number, 0);
        if (used < words.Count && NumberWords.Multiplier(words[used]) is { } factor)
        {
            var (hundreds, hundredsUsed) = factor == Thousand ? HundredsAfter(words, used + 1) : (0, 0);
            return (value * factor + hundreds, used + 1 + hundredsUsed);
        }

        return (value, used);
    }

    /// <summary>
    /// The hundreds written after a thousand, after "and" or not, as one word ("и пятьсот", "ва панҷсад") or a count and its hundreds ("او
    /// پنځه سوه", "five hundred"), and how many words they took; (0, 0) if none.
    /// </summary>
    private static (double Value, int Used) HundredsAfter(List<string> words, int from)
    {
        var at = from < words.Count && NumberWords.IsAnd(words[from], null) ? from + 1 : from;
        if (at < words.Count && CountWords.Whole.TryGetValue(words[at], out var count))
        {
            if (count is >= 100 and < 1000 && count % 100 == 0)
            {
                return (count, at + 1 - from);
            }

            if (count < 10 && at + 1 < words.Count && CountWords.Hundreds.Contains(words[at + 1]))
            {
                return (count * 100, at + 2 - from);
            }
        }

        return (0, 0);
    }

    /// <summary>
    /// The numbers of a sentence in text order: written in digits, or in words that reports use for round counts: "one" before a
    /// multiplier ("ایک لاکھ", one lakh; "a thousand"), French approximate nouns ("une trentaine", about thirty), the tens with their ones,
    /// and the counts below twenty and the hundreds (<see cref="CountWords"/>) where they are no part of a count in tens ("Сорок три").
    /// </summary>
    private static List<(int Start, int Length, double Value, bool Approximate, bool Small)> Numbers(string sentence, string lower, string? language)
    {
        // Gathered into one list and put in order in place: asked of every sentence, most of which hold a number or two.
        var tens = TensNumbers(sentence, lower, language).ToList();
        var numbers = new List<(int Start, int Length, double Value, bool Approximate, bool Small)>();
        foreach (Match m in Number().Matches(sentence))
        {
            numbers.Add((m.Index, m.Length, Parse(m.Groups["n"].Value, language), false, false));
        }

        if (lower.AsSpan().ContainsAny(Multiples))
        {
            foreach (Match m in OneBeforeMultiplier.Matches(sentence))
            {
                numbers.Add(NumberWords.ApproximateNoun(m.Groups["noun"].Value) is { } noun ? (m.Index, m.Length, noun, true, false) : (m.Index, m.Length, 1.0, false, false));
            }
        }

        numbers.AddRange(tens);
        foreach (var word in CountWords.In(lower, language))
        {
            if (!InTens(tens, word.Start))
            {
                numbers.Add(word);
            }
        }

        InTextOrder(numbers);
        return numbers;
    }

    private static bool InTens(List<(int Start, int Length, double Value, bool Approximate, bool Small)> tens, int at)
    {
        foreach (var t in tens)
        {
            if (t.Start <= at && at < t.Start + t.Length)
            {
                return true;
            }
        }

        return false;
    }

    // By start, numbers found at the same place keeping the order they were found in (the numbers in digits first): an insertion sort,
    // stable and quick for the few numbers of a sentence.
    private static void InTextOrder(List<(int Start, int Length, double Value, bool Approximate, bool Small)> numbers)
    {
        for (var i = 1; i < numbers.Count; i++)
        {
            var number = numbers[i];
            var j = i - 1;
            for (; j >= 0 && numbers[j].Start > number.Start; j--)
            {
                numbers[j + 1] = numbers[j];
            }

            numbers[j + 1] = number;
        }
    }

    // Tens in words, longest first ("soixante-dix" before "soixante"), as whole words, with the ones joined to them before ("drei|und|fünfzig",
    // "ثلاثة و|خمسين", Pashto "در|پنځوس" and "دوه |ویشت") or after ("fifty-|three", "trente et |un", "пятьдесят |три", "панҷоҳ|у се", "پنجاه و |سه",
    // "پنځوس او |څلور"); a
    // hyphen joins nothing else, but ends the tens before "odd" and "plus" ("forty-odd", read as "40-odd" is). Indonesian tens with "-an"
    // ("empat puluhan", the forties) are about that many, as "40-an" is. Arabic writes "and" onto its tens ("بضعة وأربعون", some and forty;
    // "نيف وأربعون"), as onto digits: such tens are read in Arabic only (see ArabicAnd).
    private static readonly Regex TensWord = new(
        @"(?:(?<![\w-])|(?<=(?<!\w)و))(?:(?<before>" + Alternatives(NumberWords.Ones.Keys) + @")(?:und|\s?و)(?<tens>" + Alternatives(NumberWords.Tens.Keys) + @")"
        + @"|(?<pashtoOnes>" + Alternatives(NumberWords.PashtoOnes.Keys) + @")\s?(?<pashtoTens>" + Alternatives(NumberWords.PashtoTens.Keys) + @")"
        + @"|(?<tens>" + Alternatives(NumberWords.Tens.Keys) + @")(?:(?:-et-|\set\s|-|у\s|\sو\s|\sاو\s|\s)(?<after>" + Alternatives(NumberWords.Ones.Keys) + @"))?)(?<an>(?<=puluh)an)?(?!\w|-(?!(?:odd|plus)(?!\w)))",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Most sentences hold no word for tens: finding one first, without the ones around it, spares them the whole pattern, which tries
    // every word for ones at every position. A search for many strings at once over the lower-cased sentence, not an alternation: with
    // 170 words of four scripts, a pattern could start at nearly every letter and cost the proposer a tenth of its time.
    private static readonly SearchValues<string> AnyTens =
        SearchValues.Create([.. NumberWords.Tens.Keys.Concat(NumberWords.PashtoTens.Keys).Select(w => w.ToLowerInvariant()).Distinct()], StringComparison.Ordinal);

    private static IEnumerable<(int Start, int Length, double Value, bool Approximate, bool Small)> TensNumbers(string sentence, string lower, string? language) => !MayHoldTens(lower)
        ? []
        : TensWord.Matches(sentence).Where(m => NumberWords.CountsIn(m.Value, language) && ArabicAnd(lower, m.Index, language)).Select(m => (m.Index, m.Length, ValueOf(m), m.Groups["an"].Success, false));

    // A word that starts with "و" is "and" and a count only in Arabic: in Persian, Pashto and Urdu "و" is a word of its own.
    private static bool ArabicAnd(string lower, int at, string? language) => at == 0 || lower[at - 1] != 'و' || language is null or "ar";

    private static readonly string[] TensWords = [.. NumberWords.Tens.Keys.Concat(NumberWords.PashtoTens.Keys).Select(w => w.ToLowerInvariant()).Distinct()];

    /// <summary>
    /// Whether a word for tens stands where the pattern can read it: ending a word (or before Tajik "у" and its ones, "панҷоҳу се"), and
    /// starting one or written after its ones ("dreiundfünfzig", "وخمسين", "درپنځوس"). The short Perso-Arabic tens ("سی", "شل", "ستر")
    /// are inside many words ("روسی", Russian); there the pattern is not run.
    /// </summary>
    private static bool MayHoldTens(string lower)
    {
        for (var at = lower.AsSpan().IndexOfAny(AnyTens); at >= 0;)
        {
            if (CanStartTens(lower, at) && TensWords.Any(w => lower.AsSpan(at).StartsWith(w, StringComparison.Ordinal) && CanEndTens(lower, at + w.Length)))
            {
                return true;
            }

            var next = lower.AsSpan(at + 1).IndexOfAny(AnyTens);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    private static bool CanStartTens(string lower, int at)
    {
        var wordStart = at;
        while (wordStart > 0 && char.IsLetterOrDigit(lower[wordStart - 1]))
        {
            wordStart--;
        }

        var ones = lower.AsSpan(wordStart, at - wordStart);
        return ones.IsEmpty || ones is "و" || ones.EndsWith("und", StringComparison.Ordinal) || NumberWords.PashtoOnesLookup.Contains(ones);
    }

    private static bool CanEndTens(string lower, int end) =>
        end == lower.Length || !char.IsLetter(lower[end]) || lower[end] == 'у'
        || (end >= IndonesianTens.Length && lower.AsSpan(end - IndonesianTens.Length).StartsWith(IndonesianTens + "an", StringComparison.Ordinal));

    private const string IndonesianTens = "puluh";

    private static string Alternatives(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private static double ValueOf(Match tens) =>
        tens.Groups["pashtoTens"].Success ? NumberWords.PashtoTens[tens.Groups["pashtoTens"].Value] + NumberWords.PashtoOnes[tens.Groups["pashtoOnes"].Value]
        : NumberWords.Tens[tens.Groups["tens"].Value]
          + (tens.Groups["before"].Success ? NumberWords.Ones[tens.Groups["before"].Value] : tens.Groups["after"].Success ? NumberWords.Ones[tens.Groups["after"].Value] : 0);

    /// <summary>
    /// The unit among the first <see cref="UnitReach"/> words from <paramref name="from"/> (<see cref="ExtendedAttributeReach"/> after a German
    /// preposition), stopping at
    /// another number or at the end of the counted phrase (<see cref="NumberWords.ClosesCountedPhrase"/>), unless the word right after the number
    /// is a unit only there (<see cref="NumberWords.UnitRightAfterCount"/>): the first one named, except that reservists win over soldiers ("نیروی ذخیره",
    /// "من جنود الاحتياط": the reserve is said after the troops), and a word for people counted ("нафар", "families") yields to a word
    /// for soldiers or refugees after it, but not to a district or a distance. A word for soldiers that qualifies service ("پوځي خدمت",
    /// military service) is no unit (<see cref="NumberWords.QualifiesService"/>).
    /// </summary>
    private static string? UnitOf(List<string> words, int from, string? language)
    {
        if (NumberWords.UnitRightAfterCount(words, from, language) is { } right)
        {
            return right;
        }

        var extended = language == "de" && from < words.Count && GermanPrepositions.Contains(words[from]);
        var reach = words.Skip(from).Take(extended ? ExtendedAttributeReach : RelativeReach(words, from, language));
        var units = FirstGroup(reach.TakeWhile(w => !w.Any(char.IsDigit) && !NumberWords.ClosesCountedPhrase(w, language)), language)
            .Where((w, i) => (!extended || i == 0 || (!GermanArticles.Contains(words[from + i - 1]) && !GermanPrepositions.Contains(words[from + i - 1])))
                && !NumberWords.QualifiesService(words, from + i, language))
            .Select(w => NumberWords.Unit(w, language)).OfType<string>().ToList();
        if (units.FirstOrDefault() is NumberWords.PeopleKey or NumberWords.GroupKey)
        {
            // A place word after the people counted says where they came from ("3.000 keluarga mengungsi dari distrik"), not what is counted.
            units.RemoveAll(u => u is "districts" or "km");
        }

        // "350 нафари онҳо" (350 persons of them): the group's word says more than the word for persons.
        return units.Contains("reservists") ? "reservists"
            : units.FirstOrDefault(u => u is not (NumberWords.PeopleKey or NumberWords.GroupKey))
            ?? (units.Contains(NumberWords.GroupKey) ? NumberWords.GroupKey : units.FirstOrDefault());
    }

    // Urdu puts a relative clause between a number and its noun, closed by the participle "والے" ("3,000 سے زیادہ نقل مکانی کرنے والے
    // افراد", more than 3,000 people who moved away): the noun right after it is in reach.
    private static readonly HashSet<string> UrduRelatives = new(StringComparer.Ordinal) { "والے", "والی", "والوں" };

    private static int RelativeReach(List<string> words, int from, string? language)
    {
        var relative = language == "ur" ? words.FindIndex(from, Math.Min(ExtendedAttributeReach, words.Count - from), UrduRelatives.Contains) : -1;
        return relative >= 0 ? relative - from + 2 : ReachPastDemonyms(words, from, UnitReach, language, joinsAttributes: true);
    }

    /// <summary>
    /// The words after a number where its unit is looked for: a count word below twenty or in hundreds reaches <see cref="SmallUnitReach"/>
    /// words, past demonyms (see <see cref="ReachPastDemonyms"/>); digits reach further (see <see cref="UnitOf"/>).
    /// </summary>
    private static List<string> OwnWords(string lower, int position, bool small, double number, string? language)
    {
        var words = WordsAfter(lower, position, ExtendedAttributeReach + 2);
        // The word for a hundred after a count in words ("Four hundred", "څلور سوه", "چار سو") is the count's own, not one of the words to its noun.
        var hundreds = words.Count > 0 && CountWords.Hundreds.Contains(words[0]) ? 1 : 0;
        var joinsAttributes = hundreds > 0 || number >= 100;
        var reach = small ? SmallUnitReach : UnitReach;
        words = !small || joinsAttributes ? PastListedAttributes(lower, position, words, hundreds, reach, language) : words;
        return small ? words[..(hundreds + ReachPastDemonyms(words, hundreds, SmallUnitReach, language, joinsAttributes))] : words;
    }

    // How many attributes a list may hold before its comma-free last part: "tired, hungry, barefoot and frightened" has two.
    private const int ListedAttributes = 3;

    /// <summary>
    /// The words after a number past the attributes listed with commas before a last one joined by "and" ("Three hundred hungry, wounded
    /// and poorly equipped Afghan soldiers", "Триста голодных, раненых и плохо экипированных солдат"): a listed attribute, one word up to
    /// its comma, says no more of what is counted than the joined ones after it, so the words are read on from the comma, the count's
    /// hundreds kept. Anything else before a comma (a unit, two words, no "and" after the list) ends the words there, as before, and so
    /// does a list whose noun is out of reach: its demonym ("افغان") would count people.
    /// </summary>
    private static List<string> PastListedAttributes(string lower, int position, List<string> words, int hundreds, int reach, string? language)
    {
        // The stretch is looked at only once it is known to be this short: most numbers have their noun right after them.
        var (from, next) = (position, words);
        for (var listed = 0; listed < ListedAttributes && next.Count == (listed == 0 ? hundreds + 1 : 1) && NumberWords.Unit(next[^1], language) is null; listed++)
        {
            var end = StretchEnd(lower, from);
            if (end >= lower.Length || lower[end] is not (',' or '،'))
            {
                break;
            }

            (from, next) = (end + 1, WordsAfter(lower, end + 1));
            if (next.Skip(1).Any(w => NumberWords.IsAnd(w, language)))
            {
                var past = next[..ReachPastDemonyms(next, 0, reach, language, joinsAttributes: true)];
                return past.Any(w => NumberWords.Unit(w, language) is "soldiers" or "reservists" or "refugees") ? [.. words.Take(hundreds), .. next] : words;
            }
        }

        return words;
    }

    /// <summary>
    /// How many words from <paramref name="from"/> make <paramref name="reach"/> words that are no demonym: whose the counted are ("Tajik
    /// and Russian", "تاجک او روسي", "tadschikische und russische") says nothing of what they are, so it does not use up the reach to
    /// the noun ("Two hundred Tajik border guards", "1,200 heavily armed Tajik and Russian servicemen"), and neither does the preposition
    /// of an attribute's complement (<see cref="NumberWords.IsPrepositionInAttribute"/>), nor the second of two attributes joined by "and"
    /// (<see cref="SecondAttributeWords"/>) after digits or a count in hundreds: a count below twenty in words is often no count ("на двух
    /// лодках и были задержаны …", on two boats and were detained), and an "and" after its noun joins clauses. Never past
    /// <see cref="ExtendedAttributeReach"/> words.
    /// </summary>
    private static int ReachPastDemonyms(List<string> words, int from, int reach, string? language, bool joinsAttributes)
    {
        var (end, counted, secondAttribute) = (from, 0, 0);
        for (; end < words.Count && end - from < ExtendedAttributeReach && counted < reach; end++)
        {
            var free = Demonyms.IsDemonym(words[end]) || Demonyms.IsCountryAdjective(words[end]) || NumberWords.IsPrepositionInAttribute(words[end], language);
            var and = end > from && NumberWords.IsAnd(words[end], language);
            var andBetweenDemonyms = and && (Demonyms.IsDemonym(words[end - 1]) || Demonyms.IsCountryAdjective(words[end - 1]));
            // "exhausted and lightly armed Afghan soldiers", "измотанных и легко вооруженных": an "and" after a word that is no unit joins
            // a second attribute, which says no more of what is counted than the first.
            var andBetweenAttributes = joinsAttributes && and && !andBetweenDemonyms && NumberWords.Unit(words[end - 1], language) is null;
            counted += free || andBetweenDemonyms || andBetweenAttributes || secondAttribute > 0 ? 0 : 1;
            secondAttribute = andBetweenAttributes ? SecondAttributeWords : Math.Max(0, secondAttribute - 1);
        }

        return end - from;
    }

    // The words of a second attribute joined by "and" that use none of the reach: an adverb and its participle ("lightly armed", "легко вооруженных").
    private const int SecondAttributeWords = 2;

    /// <summary>
    /// The words of the group a number counts, up to an "and" after its unit word: two groups counted together are the first named
    /// ("2,500 Tajik troops and reservists", "۲۵۰۰ سرباز و نیروی ذخیره", "٢٥٠٠ جندي وجندي احتياط" are soldiers), while a reserve word in
    /// the group itself makes reservists ("20,000 reserve troops", "نیروی ذخیره").
    /// </summary>
    private static IEnumerable<string> FirstGroup(IEnumerable<string> words, string? language)
    {
        var named = false;
        foreach (var word in words)
        {
            if (named && NumberWords.IsAnd(word, language))
            {
                yield break;
            }

            // A demonym says whose the counted are, not what they are: "۱۱۰۰ افغان اردو او سرحدي سرتېري" (1,100 Afghan army and border
            // soldiers) joins two attributes before the group's word.
            named |= NumberWords.Unit(word, language) is not null && !Demonyms.IsDemonym(word);
            yield return word;
        }
    }

    // How far a count of men reaches for the reserve lists they are on: "jusqu'à 300 hommes inscrits sur les listes de réserve", "تا ۳۰۰ مرد از
    // فهرست نیروهای ذخیره"; before the number, "کی ریزرو فہرستوں میں سے 300 تک افراد", "د احتیاطي لېستونو تر ۳۰۰ پورې کسان".
    private const int ReserveReachBefore = 4;

    /// <summary>
    /// Men, people or soldiers counted from the reserve lists are reservists: a word for the reserve within <see cref="ExtendedAttributeReach"/>
    /// words after the number, or, for men and people, within <see cref="ReserveReachBefore"/> words before it, with no punctuation nor
    /// other number between; so are members of a force raised (<see cref="MembersOfAForceRaised"/>) and men who joined one.
    /// </summary>
    private static string? FromReserveLists(string? unit, string lower, int start, List<string> words, int used, string? language)
    {
        if (MembersOfAForceRaised(lower, words, used) || (unit is "soldiers" or NumberWords.PoliceKey && MenOfAForceRaised(lower, words, used, language)))
        {
            return "reservists";
        }

        if (unit is not ("soldiers" or NumberWords.PeopleKey or NumberWords.GroupKey))
        {
            return unit;
        }

        var after = FirstGroup(words.Skip(used).Take(ExtendedAttributeReach).TakeWhile(w => !w.Any(char.IsDigit)), language);
        var before = unit == "soldiers" ? [] : WordsBefore(lower, start, ReserveReachBefore);
        return after.Concat(before).Any(w => NumberWords.Unit(w, language) == "reservists") ? "reservists" : unit;
    }

    // The word for members may follow a partitive ("3000 من أعضاء الميليشيات", 3,000 of the militias' members).
    private const int MemberReach = 2;

    /// <summary>
    /// Members counted of a militia or a self-defence unit that took up arms, was armed or was joined are the reserve raised, as men who
    /// joined one are: "More than 3,000 members of local self-defence militias have taken up arms", "۳٬۰۰۰ عضو گروه‌های دفاع خودی … سلاح به
    /// دست گرفته‌اند", "ملیشیاؤں کے 3,000 سے زائد ارکان نے … ہتھیار اٹھا لیے". The force may be named before the number or past the reach.
    /// </summary>
    private static bool MembersOfAForceRaised(string lower, List<string> words, int used) =>
        words.Skip(used).Take(MemberReach).Any(NumberWords.IsMember) && DrillCues.NamesRaisedForce(lower)
        && (NumberWords.SaysMobilised(lower) || DrillCues.SaysJoinedAForce(lower));

    /// <summary>
    /// Men counted as members of a force they joined or took up arms in are the reserve raised, not its soldiers: "knapp 500 Männer einer
    /// örtlichen Aufstandsmiliz angeschlossen", "۵۰۰ مرد در قالب نیروهای خیزش مردمی سلاح برداشته‌اند". The word for people comes first in the
    /// reach, and the force's word after it says what they joined.
    /// </summary>
    private static bool MenOfAForceRaised(string lower, List<string> words, int used, string? language) =>
        words.Skip(used).Take(UnitReach).Select(w => NumberWords.Unit(w, language)).FirstOrDefault(u => u is not null) == NumberWords.PeopleKey
        && (DrillCues.SaysJoinedAForce(lower) || NumberWords.SaysTookUpArms(lower));

    // Separators as fields: a collection expression in the call would build its array at every call.
    private static readonly char[] Spaces = [' ', '\u00A0', '\u202F', '\t', '\n'];

    private static readonly char[] WordBreaks = [' ', '\u00A0', '\u202F', '-', '\t', '\n', '.'];

    /// <summary>Up to <paramref name="count"/> words before a position, back to the first punctuation or digit.</summary>
    private static IEnumerable<string> WordsBefore(string lower, int position, int count)
    {
        var start = position;
        while (start > 0 && (char.IsLetter(lower[start - 1]) || char.IsWhiteSpace(lower[start - 1]) || lower[start - 1] == '\u200C'
            || char.GetUnicodeCategory(lower[start - 1]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format))
        {
            start--;
        }

        return lower[start..position].Split(Spaces, StringSplitOptions.RemoveEmptyEntries).TakeLast(count);
    }

    /// <summary>
    /// What a unit counts in this sentence: kilometres of a border are its length, unless they measure a distance from it (see <see cref="KilometreDistance"/>); people counted are refugees when the sentence says
    /// they fled, or crossed over into a country ("about 150 Afghans crossed into Tajikistan": who crosses decides, and people are no
    /// troops) or were ferried across a river or carried by boat, but soldiers when they were disarmed and no civilians are named; a group counted as "of them" that crossed over or was
    /// disarmed is the soldiers the report spoke of ("350 of them crossed … and were disarmed"); police and militiamen are counted as
    /// soldiers; people counted where the sentence calls people up ("some 450 men were summoned") are reservists unless refugees or
    /// civilians are named or people took shelter; people who took shelter, left a place or went elsewhere are refugees, and so are people counted in a sentence that names
    /// refugees ("refugees keep arriving in Kunduz, where nearly 2,000 families sleep in schools");
    /// otherwise no count.
    /// </summary>
    private static string? KeyOf(string? unit, string lower, string? language, bool distance) => unit switch
    {
        "km" when !distance && NumberWords.NamesBorder(lower, language) => "borderKm",
        NumberWords.PoliceKey => "soldiers",
        // Men or residents armed, or sent to the front line, are mobilised ("has armed at most 500 local men", "sent to the front").
        NumberWords.PeopleKey or NumberWords.GroupKey when NumberWords.SaysMobilised(lower) && !NumberWords.SaysFled(lower) => "reservists",
        // Villagers or residents who enlisted or joined a militia are the ones called up ("700 villagers have enrolled in the local defence battalions").
        NumberWords.PeopleKey when DrillCues.SaysCalledUpPlainly(lower) && !NumberWords.NamesRefugees(lower, language) && (!NumberWords.NamesCivilians(lower) || DrillCues.SaysEnlisted(lower))
            && !NumberWords.SaysSheltered(lower) => "reservists",
        NumberWords.PeopleKey or NumberWords.GroupKey when NumberWords.SaysFled(lower) || NumberWords.NamesRefugees(lower, language) => "refugees",
        NumberWords.PeopleKey or NumberWords.GroupKey when NumberWords.SaysDisarmed(lower) && !NumberWords.NamesCivilians(lower) => "soldiers",
        NumberWords.GroupKey when NumberWords.SaysCrossedOver(lower) && !NumberWords.NamesCivilians(lower) => "soldiers",
        NumberWords.PeopleKey when NumberWords.SaysCrossedOver(lower) || NumberWords.SaysSheltered(lower) || MoverCues.SaysLeftOrWentAway(lower) || MoverCues.SaysFerriedAcross(lower) => "refugees",
        NumberWords.PeopleKey or NumberWords.GroupKey => null,
        _ => unit,
    };

    /// <summary>
    /// The unit of a whole named before a bare number that is a part of it: Pashto "له ۲۸ ولسوالیو څخه له ۲۰ څخه زیاتې" (more than 20
    /// of the 28 districts). Only partitive words may stand between the whole's unit and the number.
    /// </summary>
    private static string? UnitOfWhole(string lower, int start, List<Quantity> earlier, string? language)
    {
        if (earlier.Count == 0)
        {
            return null;
        }

        var whole = earlier[^1];
        var between = lower[(whole.Start + whole.Length)..start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return between.Length is > 1 and <= 4 && NumberWords.Unit(between[0], language) == whole.Key && between.Skip(1).All(NumberWords.IsPartitive) ? whole.Key : null;
    }

    /// <summary>
    /// Forces counted by a word no unit table holds, in a sentence that says people were called up, are the reserve called: Pashto
    /// "۳۰۰۰ زېرمه ځواکونه … وغوښتل شول" (3,000 reserve forces were called up), "3,000 territorial forces were called up". A word for
    /// forces must be among the words the number counts: a date or a length of time in such a sentence ("۱۲ زمری", "ستة أسابيع") is no count.
    /// </summary>
    private static string? CalledUpForces(List<string> words, int used, string lower) =>
        words.Skip(used).Take(UnitReach).TakeWhile(w => !w.Any(char.IsDigit)).Any(MoverCues.IsForces) && DrillCues.SaysCalledUp(lower) ? "reservists" : null;

    /// <summary>A bare number after a word for "another" ("another 12 crossed", "ещё не более 12", "مزید 12") counts more of a group already named.</summary>
    private static string? MoreOfGroupBefore(string lower, int start, string? language)
    {
        var before = NumberQualifiers.WithoutQualifierBefore(lower[..start], language);
        return WordsBefore(before, before.Length, 1).FirstOrDefault() is { } word && NumberWords.IsAnother(word) ? NumberWords.GroupKey : null;
    }

    /// <summary>A bare number after a word for a force's strength ("جس کی نفری 600", "численностью до 600") counts its soldiers.</summary>
    private static string? StrengthOfForce(string lower, int start, string? language) =>
        NumberWords.EndsWithForceStrength(NumberQualifiers.WithoutQualifierBefore(lower[..start], language).TrimEnd(' ', '\u00A0')) ? "soldiers" : null;

    /// <summary>The unit of a whole that the number is a part of ("20 of the province's 28 districts"): the unit after the next number.</summary>
    private static string? PartOf(List<string> words, int from, string? language)
    {
        var whole = words.FindIndex(from, w => w.Any(char.IsDigit));
        return from < words.Count && NumberWords.IsPartitive(words[from]) && whole > from ? UnitOf(words, whole + 1, language) : null;
    }

    /// <summary>
    /// A qualifier written after the number: right after it or its multiplier ("20 ہزار سے زائد", "۱۲۰۰ ته نږدې", "1,200 or so"), or
    /// after the noun it counts ("180 soldats au moins", "180 جنديا على الأقل", "180 tentara lebih").
    /// </summary>
    private static string? QualifierAfter(string rest, List<string> words, int used, string? language)
    {
        var noun = -1;
        for (var w = used; w < Math.Min(words.Count, used + UnitReach) && !words[w].Any(char.IsDigit); w++)
        {
            // A second noun joined by Arabic "and" written onto it ("١٨٠ جنديا وشرطيا على الأقل") ends the group too.
            noun = NumberWords.Unit(words[w], language) is null && !(words[w].Length > 2 && words[w][0] == 'و' && NumberWords.IsAnd(words[w], language)) ? noun : w;
        }

        return NumberQualifiers.QualifierAfter(rest, language)
            ?? (used > 0 ? NumberQualifiers.QualifierAfter(string.Join(' ', words.Skip(used)), language) : null)
            ?? (noun >= 0 ? NumberQualifiers.QualifierAfterNoun(string.Join(' ', words.Skip(noun + 1)), language) : null)
            ?? NumberQualifiers.QualifierEndingClause(rest, language);
    }

    /// <summary>The words after a position up to the next punctuation (a hyphen joins: "1,344-kilometre"), at most <paramref name="count"/>.</summary>
    private static List<string> WordsAfter(string lower, int position, int count = ExtendedAttributeReach + 2)
    {
        var end = StretchEnd(lower, position);

        // Only the first words are copied: the stretch often runs to the sentence's end.
        var stretch = lower.AsSpan(position, end - position);
        var words = new List<string>(count);
        foreach (var range in stretch.SplitAny(WordBreaks))
        {
            if (words.Count == count)
            {
                break;
            }

            if (!stretch[range].IsEmpty)
            {
                words.Add(stretch[range].ToString());
            }
        }

        return words;
    }

    /// <summary>Where the words after a position end: at the next punctuation (a hyphen joins, and so does a multiplier's full stop).</summary>
    private static int StretchEnd(string lower, int position)
    {
        var end = position;
        while (end < lower.Length && (char.IsLetterOrDigit(lower[end]) || char.IsWhiteSpace(lower[end]) || lower[end] is '-' or '\'' or '’' or '\u200C'
            || char.GetUnicodeCategory(lower[end]) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format
            || (lower[end] == '.' && NumberWords.IsAbbreviatedMultiplier(LastWord(lower, position, end))))) // "20 тыс. резервистов"
        {
            end++;
        }

        return end;
    }

    private static string LastWord(string lower, int from, int end)
    {
        var start = end;
        while (start > from && char.IsLetter(lower[start - 1]))
        {
            start--;
        }

        return lower[start..end];
    }

    private static double Parse(string text, string? language)
    {
        // English, and the Perso-Arabic-script languages when they write Western digits ("5,000 تک"), group thousands with a comma.
        var decimalMark = language is "en" or "ur" or "fa" or "ps" or "ar" ? '.' : ',';
        var digits = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var groupOfThree = i + 4 <= text.Length && text.Skip(i + 1).Take(3).All(char.IsDigit) && (i + 4 == text.Length || !char.IsDigit(text[i + 4]));
            if (char.IsDigit(c))
            {
                digits.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
            else if (c == '٫' || c == decimalMark || (c is '.' or ',' && !groupOfThree))
            {
                digits.Append('.');
            }
        }

        return double.TryParse(digits.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    // Digits (any script) with optional thousands groups (. , space, no-break or thin space, Arabic ٬) and decimals, not inside a longer word
    // but after Arabic "and" written onto it ("بين 200 و300") or after the joining stroke of a preposition written onto it ("ما يقدر بـ230").
    [GeneratedRegex(@"(?:(?<![\w.,٫٬])|(?<=(?<!\w)و)|(?<=ـ))(?<n>\d{1,3}(?:[.,\u00A0\u202F ٬]\d{3})+(?:[.,٫]\d+)?|\d+(?:[.,٫]\d+)?)(?!\w)")]
    private static partial Regex Number();

    // The multipliers a word for "one" stands before in a count of its own ("a thousand", "ایک لاکھ", Pashto "یو زر", "یو سل"), each a word's
    // beginning ("тысяч" of "тысячи"), but a two-letter one a whole word ("زر", not "زرغون"). OneBeforeMultiplier's alternatives and the search
    // that spares most sentences that pattern (Multiples) are both made from this list.
    private static readonly string[] OneMultiplierWords = ["hundred", "thousand", "tausend", "ribu", "тысяч", "ҳазор", "صد", "هزار", "زره", "زر", "ہزار", "لاکھ", "lakh", "million", "سل"];

    // What a word number of OneBeforeMultiplier needs after it, searched before the pattern runs: a multiplier, or a French approximate noun.
    private static readonly SearchValues<string> Multiples =
        SearchValues.Create([.. OneMultiplierWords, .. NumberWords.ApproximateNounWords], StringComparison.Ordinal);

    // "One" before a multiplier (the multiplier is read after it as after digits), or "un"/"une" before a French approximate noun.
    private static readonly Regex OneBeforeMultiplier = new(
        @"(?<!\w)(?:(?:one|a|ein|eine|satu|один|одна|як|یک|یو|ایک)(?=[ \u00A0](?:"
        + string.Join('|', OneMultiplierWords.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w) + (w.Length <= 2 ? @"(?!\w)" : "")))
        + @"))|une?[ \u00A0](?:(?:" + Alternatives(NumberQualifiers.WordsInsideApproximateNoun) + @")[ \u00A0])?(?<noun>" + Alternatives(NumberWords.ApproximateNounWords) + @"))(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
