using BorderMap.Core.Geocoding;
using BorderMap.Core.Search;

namespace BorderMap.Core.Extraction;

/// <summary>A word of a text that names a country's people or says something is of that country ("Tajik", "афганских", "تاجیکستانی").</summary>
public readonly record struct CountryCue(int At, int End, string Country);

/// <summary>
/// Country adjectives and demonyms in the languages BorderMap reads. They are no places themselves,
/// but they say which of two same-name places is meant: "the Tajik town of Ishkashim" against the
/// Afghan one across the river. Matched as word prefixes, so case forms and derived words count.
/// The Taliban count as Afghanistan's: in the reports BorderMap reads, what they took lay there.
/// </summary>
public static class Demonyms
{
    private const int Reach = 30; // characters between the adjective and the name: "Tajik district of"

    private static readonly (string Country, string[] Stems)[] Table =
    [
        ("TJ", ["tajik", "tadjik", "tadschik", "tadżyk", "таджик", "тоҷик", "تاجیک", "تاجيك", "طاجيك", "طاجيکی", "تاجک"]),
        ("AF", ["afghan", "afghane", "afgan", "афган", "афғон", "افغان", "أفغان", "الأفغان"]),
        ("UZ", ["uzbek", "usbek", "ouzbek", "узбек", "ӯзбек", "ازبک", "أوزبك", "اوزبک"]),
        ("CN", ["chinese", "chinesisch", "chinois", "китайск", "چین", "صيني"]),

        // The Taliban held only Afghan ground: "the Taliban-held town of Kunduz", "Толибон шаҳри Файзобод-ро муҳосира карданд".
        ("AF", ["taliban", "талиб", "толиб", "طالبان"]),
    ];

    public static List<CountryCue> Find(string text, List<Token> tokens)
    {
        var cues = new List<CountryCue>();
        // Every word of the text is read: lower-cased into one reused buffer, not a string each.
        var buffer = new char[16];
        foreach (var token in tokens)
        {
            if (token.Length < 4 || !char.IsLetter(text[token.Start]))
            {
                continue;
            }

            if (buffer.Length < token.Length)
            {
                buffer = new char[token.Length * 2];
            }

            var word = buffer.AsSpan(0, text.AsSpan(token.Start, token.Length).ToLowerInvariant(buffer));
            foreach (var (country, stems) in Table)
            {
                // "Afghanistan" itself is a place, found as one; only the adjective is a cue here.
                if (StartsWithAny(word, stems) && !NamesCountry(word))
                {
                    cues.Add(new CountryCue(token.Start, token.End, country));
                }
            }
        }

        return cues;
    }

    /// <summary>Whether a word is a country's adjective or people ("افغان", "Tajik"): never a place's name, however its letters read.</summary>
    public static bool IsDemonym(string word) => Demonymic.Of(word);

    // Asked of every word the scan finds no place for: a word met again is looked up, not lowered (through ICU outside ASCII) and
    // compared with every stem again.
    private static readonly WordMemo<bool> Demonymic = new(word =>
    {
        var lower = word.ToLowerInvariant();
        return lower.Length >= 4 && Table.Any(t => StartsWithAny(lower, t.Stems)) && !NamesCountry(lower);
    });

    /// <summary>
    /// Whether a word is the adjective of a country that is no cue here, as it names no side of the border ("Russian soldiers",
    /// "سرباز روسی", "الجيش الروسي"): never a place, though its letters are one off a town's ("Rushan") or its country's name and a suffix.
    /// </summary>
    public static bool IsCountryAdjective(string word) => CountryAdjectives.Contains(word.ToLowerInvariant());

    /// <summary>
    /// Whether a Perso-Arabic word is read as a country only with the adjective ending -ی taken off ("آلمانی", German; Pashto "الماني";
    /// "افغانستانی"): the ending makes the country's adjective, which is no place.
    /// </summary>
    public static bool IsCountryNisba(string word, List<NameMatch> matches) =>
        word.Length > 3 && NameTokens.IsArabicScript(word[0]) && word[^1] is 'ی' or 'ي' && matches.Count > 0
        && matches.All(m => m.Name.Place.Kind == PlaceKinds.Country && m.How.StartsWith(NisbaHow, StringComparison.Ordinal));

    /// <summary>
    /// Whether a Perso-Arabic word is read as a place only with the nisba ending -ی (Arabic and Pashto -ي) put onto a name that ends in
    /// a consonant ("کوهستانی", mountainous, of "کوهستان"; "بدخشانی", of Badakhshan; the surnames "خجندي", "ونجی", Khujandi and Vanji):
    /// the ending makes an adjective or a person's name, which is no place, in Persian, Urdu, Pashto and Arabic alike, and onto a name
    /// of three letters too. After a vowel the letter may write the ezafe ("دریای"), so only a consonant's ending counts.
    /// </summary>
    public static bool IsPlaceNisba(string word, List<NameMatch> matches) =>
        word.Length > MinNisba && word[^1] is 'ی' or 'ي' && matches.Count > 0 && !IsVowelLetter(word[^2])
        && matches.All(m => m.How.StartsWith(NisbaHow, StringComparison.Ordinal) && NameFolding.Fold(m.Name.Name.Text) == NameFolding.Fold(word[..^1]));

    private static bool IsVowelLetter(char c) => c is 'ا' or 'آ' or 'و' or 'ی' or 'ي' or 'ه' or 'ہ' or 'ے';

    private const string NisbaHow = "with a suffix";

    // The shortest stem a nisba is read on: three letters, as in "ونج" (Vanj), the shortest the word forms take a suffix off.
    private const int MinNisba = 3;

    private static readonly HashSet<string> CountryAdjectives = new(StringComparer.Ordinal)
    {
        "russian", "russians", "russe", "russes", "روسی", "روسي", "الروسي", "الروسية", "روسية", "روسیایی",
    };

    // Arabic writes the article onto the adjective ("الضفة الطاجيكية", the Tajik bank): the stem is read after it too.
    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
    {
        var bare = word.Length > 5 && word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal) || bare.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesCountry(ReadOnlySpan<char> lower) =>
        lower.Contains("stan", StringComparison.Ordinal) || lower.Contains("стан", StringComparison.Ordinal) || lower.Contains("ستان", StringComparison.Ordinal);

    /// <summary>The cues (sorted by position, as <see cref="Find"/> gives them) within <paramref name="reach"/> characters of a position.</summary>
    public static List<CountryCue> Around(List<CountryCue> cues, int position, int reach)
    {
        // Counted first and copied at once: a list grown cue by cue was resized for most mentions.
        var first = FirstFrom(cues, position - reach);
        var end = first;
        while (end < cues.Count && cues[end].At < position + reach)
        {
            end++;
        }

        return cues.GetRange(first, end - first);
    }

    // The index of the first cue at or after a position, by bisection: the cues are sorted, and a long text has thousands.
    private static int FirstFrom(List<CountryCue> cues, int position)
    {
        var low = 0;
        var high = cues.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = cues[middle].At < position ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>
    /// The country of an adjective that qualifies the name: just before it, with at most kind words and
    /// small words between ("the Tajik town of Ishkashim", "таджикский город Ишкашим"), right after it
    /// ("Ishkashim tadjik"; French puts it between the kind word and the name: "le district afghan d'Ichkachim"), or after it with a word for the side ("Ishkashim on the Tajik side"). "Afghan soldiers fled to Ishkashim" qualifies the soldiers, not the town,
    /// and "the Tajik bank of the Panj" the bank, not the river, which has two. An adjective after the name follows it with a space
    /// only: "рӯ ба рӯи ноҳияи Фархор, Толибон …" (opposite the Farkhor district, the Taliban …) starts the next clause.
    /// </summary>
    public static string? Near(string text, List<CountryCue> cues, TextSpan name) =>
        QualifyingBefore(text, cues, name)
        ?? cues.FirstOrDefault(c => c.At >= name.End && c.At - name.End <= 2 && text.AsSpan(name.End, c.At - name.End).IsWhiteSpace()).Country
        ?? cues.FirstOrDefault(c => c.At >= name.End && c.At - name.End <= Reach && NamesSide(text, name.End, c)).Country;

    /// <summary>
    /// The country named right after a name, as its country: "near Ishkashim, Tajikistan", "Ishkashim (Tajikistan)", "به اشکاشم در خاک
    /// تاجیکستان" (in Tajikistan's soil). Only punctuation and words for "in" or a country's land stand between.
    /// </summary>
    public static string? NamedAfter(string text, List<CountryCue> countryMentions, TextSpan name)
    {
        var first = FirstFrom(countryMentions, name.End);
        var next = first < countryMentions.Count ? countryMentions[first] : default;
        return next.Country is not null && next.At - name.End <= Reach
            && OnlyLinksBetween(text.AsSpan(name.End, next.At - name.End)) ? next.Country : null;
    }

    /// <summary>
    /// The country a name is said to belong to by a genitive right before it, with at most a kind word between: "Tajikistan's Darvaz
    /// district", "افغانستان کے ضلع شغنان" (Afghanistan's district Shighnan), "د افغانستان د شغنان ولسوالۍ". The owner decides of two
    /// namesakes across the river, in a sentence of crossing too: it is not the country left, which would be named on its own.
    /// </summary>
    public static string? OwnerBefore(string text, List<CountryCue> countryMentions, TextSpan name)
    {
        var at = FirstFrom(countryMentions, name.Start) - 1;
        while (at >= 0 && countryMentions[at].End > name.Start)
        {
            at--;
        }

        if (at < 0 || name.Start - countryMentions[at].End > Reach)
        {
            return null;
        }

        var owner = countryMentions[at];
        var between = text.AsSpan(owner.End, name.Start - owner.End);
        var possessive = between.StartsWith("'s ", StringComparison.Ordinal) || between.StartsWith("’s ", StringComparison.Ordinal);
        var marked = possessive || (owner.At >= 2 && text.AsSpan(0, owner.At).EndsWith("د ", StringComparison.Ordinal) && (owner.At == 2 || !char.IsLetter(text[owner.At - 3])));
        between = possessive ? between[2..] : between;
        var words = 0;
        foreach (var range in between.SplitAny(QualifierBreaks))
        {
            var word = between[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (word is "کے" or "کی" or "کا" || (word is "د" && marked))
            {
                marked = true;
            }
            else if (!KindCues.IsCue(word.ToString()) || ++words > 1)
            {
                return null;
            }
        }

        return marked ? owner.Country : null;
    }

    /// <summary>
    /// The country entered beside a place named with "near": "crossed into Tajikistan near Ishkashim", "bei Ischkaschim die Grenze nach
    /// Tadschikistan", "در نزدیکی اشکاشم وارد تاجیکستان شدند", "عبروا إلى طاجيكستان قرب إشكاشم". People who enter a country near a place
    /// enter it there: the place is that country's (the Tajik Ishkashim, not the Afghan one across the river). Only a country named as a
    /// destination in the same clause of <paramref name="sentence"/>, a few words away, counts.
    /// </summary>
    public static string? EnteredBeside(string text, List<CountryCue> countryMentions, TextSpan sentence, TextSpan name)
    {
        if (!NamedWithNear(text, name))
        {
            return null;
        }

        for (var i = FirstFrom(countryMentions, Math.Max(sentence.Start, name.Start - EnteredReach)); i < countryMentions.Count && countryMentions[i].At <= name.End + EnteredReach; i++)
        {
            var country = countryMentions[i];
            var (from, to) = country.At >= name.End ? (name.End, country.At) : (country.End, name.Start);
            if (country.End <= sentence.End && from <= to && text.AsSpan(from, to - from).IndexOfAny(ClauseBreaks) < 0
                && PlaceRoles.Of(text, country.At, country.End) == PlaceRole.Destination && !FromTheSideOf(text, country))
            {
                return country.Country;
            }
        }

        return null;
    }

    /// <summary>
    /// The country of the people whose post the name says stands there: "Afghan border guards who left their post at Ishkashim",
    /// "афганских пограничников, покинувших свой пост в Ишкашиме", "اشکاشم میں اپنی چوکی چھوڑنے والے … افغان سرحدی محافظ". A border post
    /// is held by its own country's guards, so of two namesakes across the river it is the one on their side. Only a post word within a few
    /// words of the name and a country (its adjective or its name: "penjaga perbatasan Afganistan") in the same sentence count.
    /// </summary>
    public static string? PostCountry(string text, List<CountryCue> cues, TextSpan sentence, TextSpan name)
    {
        if (!PostWordAround(text, sentence, name))
        {
            return null;
        }

        // The people stand before the name in most languages; Urdu names them after it ("اشکاشم میں اپنی چوکی چھوڑنے والے … افغان").
        var inSentence = PeopleCountry.InSentence(cues, sentence);
        return PeopleCountry.Before(inSentence, name) ?? PeopleCountry.After(inSentence, name)?.Country;
    }

    // Whether one of the last words before the name or the first after it, in its sentence, is a post word. Asked for nearly every
    // name: the words are read in place, the way Words would split them, not copied.
    private static bool PostWordAround(string text, TextSpan sentence, TextSpan name)
    {
        // A name may run past its sentence's end when the splitter ends a sentence inside it ("… 201. Militärbasis"): the windows are
        // then empty, never of a negative length.
        var before = text.AsSpan()[Math.Min(name.Start, Math.Max(sentence.Start, name.Start - PostWordReach))..name.Start];
        for (var (end, read) = (before.Length, 0); read < PostWords; read++)
        {
            end = before[..end].LastIndexOfAnyExcept(WordBreaks) + 1;
            var start = before[..end].LastIndexOfAny(WordBreaks) + 1;
            if (end == 0 || KindCues.IsPostWord(before[start..end]))
            {
                return end > 0;
            }

            end = start;
        }

        var after = text.AsSpan()[name.End..Math.Max(name.End, Math.Min(sentence.End, name.End + PostWordReach))];
        for (var read = 0; read < PostWords; read++)
        {
            var start = after.IndexOfAnyExcept(WordBreaks);
            if (start < 0)
            {
                return false;
            }

            after = after[start..];
            var end = after.IndexOfAny(WordBreaks) is var at and >= 0 ? at : after.Length;
            if (KindCues.IsPostWord(after[..end]))
            {
                return true;
            }

            after = after[end..];
        }

        return false;
    }

    private const int PostWords = 4;
    private const int PostWordReach = 40; // characters: four short words

    private const int EnteredReach = 40; // characters between the name and the country: "bei Ischkaschim die Grenze nach Tadschikistan"

    // Persian "از سوی افغانستان", Tajik "аз тарафи Афғонистон": from Afghanistan's side, whence people came, though "side" alone is a direction.
    private static bool FromTheSideOf(string text, CountryCue country) =>
        PlaceRoles.WordBefore(text, country.At) is var (side, at) && (side is "سوی" or "سمت" or "طرف" or "тарафи" || SideWords.Contains(side))
        && PlaceRoles.WordBefore(text, at).Word is "از" or "аз" or "from" or "من";

    // "near" before the name, or after it in Urdu and Pashto ("اشکاشم کے قریب", "د اشکاشم ترڅنګ").
    private static bool NamedWithNear(string text, TextSpan name) =>
        TerritoryCues.IsNearWord(PlaceRoles.WordBefore(text, name.Start).Word) || PlaceRoleCues.NearAfter(text, name.End)
        || text.AsSpan(name.End).TrimStart().StartsWith("ترڅنګ", StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:.!?()–—\n،؛");

    private static readonly HashSet<string> CountryLinks = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "im", "en", "au", "di", "в", "во", "на", "территории", "дар", "қаламрави", "در", "خاک", "قلمرو", "في", "فى", "أراضي", "په", "خاوره", "میں",
        // Tajik writes the ezafe after a name with a hyphen: "Шуғнон-и Афғонистон", Afghanistan's Shughnan.
        "-и",
    };

    // Words that say on which side of the border a place lies, after its name: "on the Tajik side", "на таджикской стороне",
    // "auf tadschikischer Seite", "du côté tadjik", "di sisi Tajik", "در سمت تاجیک", "على الجانب الطاجيكي".
    private static readonly HashSet<string> SideWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "side", "seite", "côté", "sisi", "стороне", "стороны", "сторона", "тарафи", "тараф", "سمت", "طرف", "جانب", "الجانب", "جانبِ", "غاړه", "غاړې", "کنارے",
        // A river bank is a side of a border river: "on the Tajik bank", "am tadschikischen Ufer", "sur la rive tadjike", "на таджикском берегу",
        // "в соҳили тоҷик", "در ساحل تاجیک", "على الضفة الطاجيكية", "di tepi Tajikistan".
        "bank", "ufer", "rive", "берегу", "берег", "берега", "соҳили", "соҳил", "ساحل", "کنار", "کرانه", "کرانهٔ", "ضفة", "الضفة", "tepi",
    };

    private static readonly HashSet<string> SideLinks = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "the", "of", "auf", "am", "an", "der", "du", "de", "la", "sur", "di", "на", "с", "со", "дар", "аз", "در", "على", "في", "من", "پر", "په", "کی", "کے",
        // Pashto "د" (of) and Urdu "واقع" (situated): "د تاجک غاړې د اشکاشم", "تاجک کنارے پر واقع اشکاشم".
        "د", "واقع",
    };

    /// <summary>Whether the country adjective after a name says on which side the name lies: only side words and small words between, a side word before or after it.</summary>
    private static bool NamesSide(string text, int nameEnd, CountryCue cue)
    {
        var between = text.AsSpan(nameEnd, cue.At - nameEnd);
        var sideBetween = false;
        foreach (var range in between.SplitAny(WordBreaks))
        {
            var word = between[range];
            var side = SideWordLookup.Contains(word);
            if (!word.IsEmpty && !side && !SideLinkLookup.Contains(word))
            {
                return false;
            }

            sideBetween |= side;
        }

        return sideBetween || (FirstWord(text.AsSpan(cue.End, Math.Min(text.Length, cue.End + Reach) - cue.End)) is { } after && SideWords.Contains(after));
    }

    // The first word of a stretch of text, read without splitting the rest of it; a full stop or other mark after it is no part of it
    // ("auf tadschikischer Seite.").
    private static string? FirstWord(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(FirstWordBreaks))
        {
            if (!text[range].IsEmpty)
            {
                return text[range].ToString();
            }
        }

        return null;
    }

    /// <summary>Whether the words between an adjective and a name are a side word and small words only ("کنارے پر واقع", "غاړې د").</summary>
    internal static bool OnlySideWordsBetween(ReadOnlySpan<char> between)
    {
        var side = false;
        foreach (var range in between.SplitAny(WordBreaks))
        {
            var word = between[range];
            var isSide = SideWordLookup.Contains(word);
            if (!word.IsEmpty && !isSide && !SideLinkLookup.Contains(word) && !SmallWordLookup.Contains(word))
            {
                return false;
            }

            side |= isSide;
        }

        return side;
    }

    // Whether only words for "in" or a country's land stand between a name and the country after it, brackets read as spaces: read in place.
    private static bool OnlyLinksBetween(ReadOnlySpan<char> between)
    {
        foreach (var range in between.SplitAny(LinkBreaks))
        {
            var word = between[range];
            if (!word.IsEmpty && !CountryLinkLookup.Contains(word) && !SideWordLookup.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    // Made once: a separator list written at the call is a new array at every call, and the words are split for every name.
    private static readonly char[] WordBreaks = [' ', '\u00A0', '\u200C', ','];

    private static readonly char[] QualifierBreaks = [' ', '\u00A0', '\u200C'];

    private static readonly char[] FirstWordBreaks = [.. WordBreaks, '.', ';', ':', '!', '?', ')', '،', '؛', '۔'];

    // Declared after the lists they are made from: static fields are made in the order written.
    private static readonly char[] LinkBreaks = [.. WordBreaks, '(', '،'];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryLinkLookup = CountryLinks.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SideWordLookup = SideWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SideLinkLookup = SideLinks.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "de", "du", "la", "le", "des", "der", "den", "dem", "von", "-e", "e", "i", "d'", "d’" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SmallWordLookup = SmallWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The country of the last adjective before the name with only qualifiers and no side word between: asked for every name, so the
    // words between are read in place.
    private static string? QualifyingBefore(string text, List<CountryCue> cues, TextSpan name)
    {
        for (var i = cues.Count - 1; i >= 0; i--)
        {
            var cue = cues[i];
            if (cue.End <= name.Start && name.Start - cue.End <= Reach && text.AsSpan(cue.End, name.Start - cue.End) is var between
                && OnlyQualifiersBetween(between) && !HasSideWord(between))
            {
                return cue.Country;
            }
        }

        return null;
    }

    private static bool OnlyQualifiersBetween(ReadOnlySpan<char> between)
    {
        foreach (var range in between.SplitAny(QualifierBreaks))
        {
            var word = between[range];
            if (!word.IsEmpty && !SmallWordLookup.Contains(word) && !KindCues.IsCue(word.ToString()))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasSideWord(ReadOnlySpan<char> between)
    {
        foreach (var range in between.SplitAny(WordBreaks))
        {
            if (SideWordLookup.Contains(between[range]))
            {
                return true;
            }
        }

        return false;
    }
}
