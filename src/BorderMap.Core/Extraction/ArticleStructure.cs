using System.Text.RegularExpressions;

namespace BorderMap.Core.Extraction;

/// <summary>What a part of a news text is, besides its running text.</summary>
public enum ArticlePart
{
    /// <summary>A photo caption or credit ("Photo: …", "Фото: …", "عکس: …").</summary>
    Caption,

    /// <summary>The author's line ("By …", "Von …", "Автор: …").</summary>
    Byline,

    /// <summary>A link to another article ("Read also: …", "Читайте также: …", "یہ بھی پڑھیں").</summary>
    ReadAlso,

    /// <summary>The place, date and agency that open a report ("DUSHANBE, July 5 (Reuters) –"): where it was filed, not where things happened.</summary>
    Dateline,
}

/// <summary>A part of a text (UTF-16 span) and what it is.</summary>
public sealed record ArticleSpan(TextSpan Span, ArticlePart Part);

/// <summary>
/// Recognises the parts of a wire report that are not claims: caption, byline and "read also" lines
/// by their opening words in the ten languages BorderMap reads, and the dateline at the start of a
/// paragraph: up to 60 characters without a full stop, ending in a dash or in an agency between slashes, that name a place in
/// capitals, an agency in brackets or a date ("KABUL (AFP) –", "ДУШАНБЕ, 4 июля –", "دوشنبه، ۱۴ تیر –", "ДУШАНБЕ, 5 июля. /ТАСС/.").
/// </summary>
public static partial class ArticleStructure
{
    private static readonly (ArticlePart Part, string[] Openings)[] Lines =
    [
        (ArticlePart.Caption, ["©",
            "caption:", "légende:", "légende :", "bildunterschrift:", "keterangan foto:", "подпись:", "подпись к фото:", "шарҳи сурат:", "شرح عکس:", "تعليق الصورة:", "کیپشن:",
            "file photo", "archive photo", "archivbild", "archivfoto", "photo d'archive", "photo d’archive", "foto arsip", "фото из архива", "архивное фото", "сурати бойгонӣ", "عکس آرشیفی", "عکس آرشیوی", "صورة أرشيفية", "فائل فوٹو"]),
        (ArticlePart.Byline, ["by ", "von ", "par ", "oleh ", "автор:", "муаллиф:", "нависанда:", "نویسنده:", "گزارشگر:", "بقلم", "رپورٹ:", "تحریر:", "لیکوال:"]),
        (ArticlePart.ReadAlso, ["read also", "read more", "see also", "also read", "related:", "lesen sie auch", "lesen sie mehr", "mehr zum thema", "siehe auch", "weiterlesen", "lire aussi", "à lire aussi", "lire également", "à lire également", "voir aussi",
            "baca juga", "baca pula", "baca selengkapnya", "читайте также", "читайте:", "читайте по теме", "читайте еще", "читайте ещё", "по теме:", "см. также",
            "инчунин хонед", "инчунин бихонед", "همچنین بخوانید", "بیشتر بخوانید", "این را هم بخوانید", "این را نیز بخوانید", "مطالب مرتبط", "اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد", "یہ بھی پڑھیں", "مزید پڑھیں", "دا هم ولولئ", "دا هم ولوله", "نور ولولئ"]),
    ];

    // Credit lines that name who reported, wrote or edited, whatever their length ("Reporting by … in Dushanbe; editing by …").
    private static readonly string[] Credits =
    [
        "reporting by", "additional reporting", "writing by", "editing by", "compiled by", "mit material von", "mitarbeit:", "avec la contribution de", "rédigé par", "с использованием материалов", "laporan oleh", "penulis:", "editor:",
    ];

    private const int MaxBylineWords = 8;

    private const int MaxCreditWords = 16;

    // Lines that say who reported from where, without a colon ("Dilaporkan oleh … di Dushanbe", "گزارش از … در کولاب", "إعداد … في
    // مزار شريف", "Avec … à Douchanbé", "Par …, à Cheberghan, et …, à Achgabat"): credits of any length up to MaxCreditWords when the line
    // closes without a full stop, as a running sentence does not.
    private static readonly string[] ReportedBy =
    [
        "dilaporkan oleh", "avec ", "reportage de ", "репортаж ", "гузориши ", "گزارش از ", "إعداد ", "تغطية ", "تقرير ", "by ", "von ", "par ", "oleh ",
    ];

    // An editor credited after a semicolon ("; Editing by …", "; disunting oleh …", "; édité par …", "; редактор …") makes the line a credit.
    private static readonly string[] EditedBy =
    [
        "editing by", "edited by", "disunting oleh", "penyunting", "édité par", "édition de", "redigiert von", "redaktion:", "редактор", "редакция", "муҳаррир", "ویرایش", "ویراستار", "تحرير", "ایڈیٹنگ", "ادارت", "سمون",
    ];

    // The reporter is credited the same way, first on the line ("Reporting by Sayed Omar in …", "Dilaporkan oleh …", "Berichterstattung:
    // …", "Reportage de …", "Репортаж …", "إعداد …"). The short openers of ReportedBy ("von ", "par ") also open running sentences
    // ("Von Kabul aus …"), so only these say a name follows; Urdu and Pashto write the place right after a two-word name ("رپورٹنگ:
    // حامد صافی خان آباد سے"), so their openers are left out.
    private static readonly string[] ReportedByName =
    [
        "reporting by", "additional reporting by", "dilaporkan oleh", "laporan oleh", "berichterstattung:", "reportage de", "репортаж", "гузориши", "гузоришгар", "إعداد", "تغطية",
    ];

    // A credited name is short: at most this many of its words stand before the word read, so that a place after it stays a place
    // ("; تحرير كلارا بنينغ في كابل", edited by Clara Benning in Kabul).
    private const int MaxEditorNameWords = 2;

    // Another reporter credited after a semicolon ("; Additional reporting by …", "; weitere Berichterstattung: …", "; avec …", "; при
    // участии …", "; бо иштироки …", "; با همکاری …", "; وشارك في التغطية …", "; اضافی رپورٹنگ: …"). These words also open running
    // sentences ("При участии России …", "Avec Kunduz tombée …"), so they credit a name only on a line that credits a reporter or an editor.
    private static readonly string[] AddedReportingBy =
    [
        "additional reporting by", "laporan tambahan oleh", "weitere berichterstattung:", "avec ", "при участии", "бо иштироки", "با همکاری", "اضافي راپور:", "وشارك في التغطية", "شارك في التغطية", "اضافی رپورٹنگ:",
    ];

    private static readonly string[] CreditWords = [.. EditedBy, .. ReportedByName];

    private static readonly int LongestCreditWord = CreditWords.Concat(AddedReportingBy).Max(e => e.Length);

    /// <summary>
    /// Whether the word at <paramref name="start"/> is part of a credited name: it follows an editor's or reporter's word that opens its
    /// line or the part after a semicolon ("; редактор Пол Кэрроу", "; муҳаррир Марк Халлам", "Redaktion: …", "Dilaporkan oleh Sayed Omar
    /// di …") and is one of the name's first words, whatever place its letters spell.
    /// </summary>
    public static bool InCreditedName(string text, int start)
    {
        var lineStart = start > 0 ? text.LastIndexOf('\n', start - 1) + 1 : 0;
        var line = text.AsSpan(lineStart, start - lineStart);
        var cut = line.LastIndexOfAny(';', '؛');
        var part = (cut < 0 ? line : line[(cut + 1)..]).TrimStart();
        // Asked for every name found, most of them far into a paragraph: only the line's opening is lowered, not the line copied.
        Span<char> opening = stackalloc char[LongestCreditWord];
        var lowered = opening[..part[..Math.Min(part.Length, LongestCreditWord)].ToLowerInvariant(opening)];
        // "Сайед Махбуб, Пули-Хумри; текст Анна Берг; редактор Том Хейл": a line whose editor is credited after a semicolon opens with
        // the reporter's name, with or without a word for reporting; its first words, before the comma, are that name.
        // The comma is looked for before the words are counted: most names stand far into a line that has one before them.
        if (cut < 0 && part.IndexOfAny(',', '،') < 0 && WordCount.Of(part, " ") < MaxEditorNameWords && EditorCreditedLater(text, start))
        {
            return true;
        }

        return OpensCreditedName(lowered, part, CreditWords)
            || (cut >= 0 && OpensCreditedName(lowered, part, AddedReportingBy) && OnCreditLine(text, lineStart, start));
    }

    // Whether the part opens with one of the credit words and the word read is one of the first words after it.
    private static bool OpensCreditedName(ReadOnlySpan<char> lowered, ReadOnlySpan<char> part, string[] creditWords)
    {
        foreach (var e in creditWords)
        {
            // A comma closes the name: "رپورٹنگ: حامد سلطانی، کابل", "راپور: نګره سعیدوا، دوشنبه" (reported by …, Kabul) credit a place after it.
            if (lowered.StartsWith(e, StringComparison.Ordinal) && WordCount.Of(part[e.Length..], " ") <= MaxEditorNameWords && part[e.Length..].IndexOfAny(',', '،') < 0)
            {
                return true;
            }
        }

        return false;
    }

    // Whether the line credits a reporter first ("Гузориши …", "Reportage de …") or an editor after a semicolon later on.
    private static bool OnCreditLine(string text, int lineStart, int start)
    {
        var line = text.AsSpan(lineStart, start - lineStart).TrimStart();
        foreach (var e in ReportedByName)
        {
            if (line.StartsWith(e, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return EditorCreditedLater(text, start);
    }

    // Whether the rest of the line, from start, holds a part after a semicolon that an editor's word opens ("; редактор Том Хейл").
    private static bool EditorCreditedLater(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        var rest = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        for (var cut = rest.IndexOfAny(';', '؛'); cut >= 0; cut = rest.IndexOfAny(';', '؛'))
        {
            rest = rest[(cut + 1)..];
            var opening = rest.TrimStart();
            foreach (var e in EditedBy)
            {
                if (opening.StartsWith(e, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Words for who wrote or reported, as stems: a line opened by one of them and a colon is a byline ("Berichterstattung:", "Муаллифон:",
    // "راپور:", "رپورٹنگ:", "Reporting:").
    private static readonly string[] CreditStems =
    [
        "report", "berichterstattung", "autor", "auteur", "penulis", "автор", "муаллиф", "нависанда", "نویسنده", "گزارش", "راپور", "رپورٹ", "تحریر", "لیکوال", "إعداد", "تغطية",
    ];

    // Words for a picture, as stems: a line opened by one of them and a colon is a caption, whatever the word's ending
    // ("Photograph:", "Photos:", "Фотография:", "Bilder:", "Fotos :", "الصور:").
    private static readonly string[] PictureStems = ["photo", "foto", "picture", "image", "bild", "gambar", "фото", "сурат", "عکس", "تصویر", "صور", "الصور", "انځور", "акс"];

    public static List<ArticleSpan> Find(string text)
    {
        var parts = new List<ArticleSpan>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text[start..end];
            if (LinePart(line) is { } part)
            {
                parts.Add(new ArticleSpan(new TextSpan(start, end), part));
            }
            else if (DatelineLength(line) is > 0 and var length)
            {
                parts.Add(new ArticleSpan(new TextSpan(start, start + length), ArticlePart.Dateline));
            }

            start = end + 1;
        }

        if (ClosingCredit(text) is { } closing && !parts.Any(p => p.Span.Start == closing.Start))
        {
            parts.Add(new ArticleSpan(closing, ArticlePart.Byline));
        }

        return parts;
    }

    /// <summary>
    /// The last line of a text when it only names people and the places they reported from ("Фаррух Назаров, Душанбе; Олжас Бекетов,
    /// Алма-Ата"): a credit without any opening word. Only the closing line of a text of several lines is read so, as a headline can look the same.
    /// </summary>
    private static TextSpan? ClosingCredit(string text)
    {
        var end = text.TrimEnd().Length;
        var start = text.LastIndexOf('\n', Math.Max(0, end - 1)) + 1;
        return start > 0 && end > start && NamesAndPlaces().IsMatch(text[start..end]) ? new TextSpan(start, end) : null;
    }

    private static ArticlePart? LinePart(string line)
    {
        var lower = line.TrimStart().ToLowerInvariant();
        if (Credits.Any(c => lower.StartsWith(c, StringComparison.Ordinal)))
        {
            return ArticlePart.Byline;
        }

        if (CaptionWord().Match(lower) is { Success: true } label && LabelPart(label.Groups["word"].Value) is { } labelled)
        {
            return labelled;
        }

        if (IsCredit(lower))
        {
            return ArticlePart.Byline;
        }

        foreach (var (part, openings) in Lines)
        {
            if (openings.Any(o => lower.StartsWith(o, StringComparison.Ordinal))
                && (part != ArticlePart.Byline || WordCount.Of(lower, " ") <= MaxBylineWords))
            {
                return part;
            }
        }

        return null;
    }

    // A line opened by a word for a picture ("Photo:", "Акс:") is a caption, by a word for who reported ("Reporting:", "راپور:") a byline.
    private static ArticlePart? LabelPart(string word) =>
        PictureStems.Any(p => word.StartsWith(p, StringComparison.Ordinal)) ? ArticlePart.Caption
        : CreditStems.Any(p => word.StartsWith(p, StringComparison.Ordinal)) ? ArticlePart.Byline
        : null;

    // Who reported from where, or an editor credited after a semicolon, on a line that no full stop closes.
    private static bool IsCredit(string lower)
    {
        var line = lower.TrimEnd();
        if (line.Length == 0 || line[^1] is '.' or '!' or '?' or '۔' or '؟')
        {
            return false;
        }

        return (ReportedBy.Any(o => line.StartsWith(o, StringComparison.Ordinal)) && WordCount.Of(line, " ") <= MaxCreditWords)
            || line.Split(';').Skip(1).Any(part => EditedBy.Any(e => part.TrimStart().StartsWith(e, StringComparison.Ordinal)));
    }

    private const int MaxDatelineWords = 5;

    // A place in capitals (DUSHANBE, ДУШАНБЕ), an agency in brackets, or a few words with a comma and a date ("Kabul, 5 July").
    private static bool LooksLikeDateline(string head)
    {
        var words = head.Split([' ', ',', '،'], StringSplitOptions.RemoveEmptyEntries);
        return head.Contains('(', StringComparison.Ordinal)
            || (words.Length <= MaxDatelineWords && head.IndexOfAny([',', '،']) > 0 && head.Any(char.IsDigit))
            || (words.Length <= MaxDatelineWords && words[0].Length >= 3 && words[0].All(c => !char.IsLetter(c) || char.IsUpper(c)));
    }

    /// <summary>
    /// The length of the dateline a line opens with, or 0: the shortest head before a dash that looks like one, so that
    /// a dash inside the dateline ("دوشنبه - (وكالات) -") is passed over when the part before it is no dateline yet.
    /// </summary>
    private static int DatelineLength(string line)
    {
        foreach (Match dash in DatelineDash().Matches(line))
        {
            var head = line[..dash.Index].Trim();
            if (head.Length > MaxDatelineChars || head.IndexOfAny(['!', '?']) >= 0 || ClosesASentence(head))
            {
                break;
            }

            if (head.Length >= 2 && LooksLikeDateline(head))
            {
                return dash.Index + dash.Length;
            }
        }

        // Russian agencies close a dateline with the agency between slashes, no dash: "ДУШАНБЕ, 5 июля. /ТАСС/.", "/Корр./.".
        return AgencyInSlashes().Match(line) is { Success: true } agency && LooksLikeDateline(agency.Groups["head"].Value.Trim()) ? agency.Length : 0;
    }

    private const int MaxDatelineChars = 60;

    // A full stop in the head ends a sentence, unless it closes a short month or a day ("KUNDUZ, Afghanistan, Aug. 9 (Newswire)",
    // "KUNDUS, Afghanistan, 9. August").
    private static bool ClosesASentence(string head)
    {
        for (var dot = head.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = head.IndexOf('.', dot + 1))
        {
            var start = dot;
            while (start > 0 && char.IsLetterOrDigit(head[start - 1]))
            {
                start--;
            }

            var word = head[start..dot];
            if (word.Length == 0 || !(word.All(char.IsDigit) || MonthNames.IsMonth(word.ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    // "First Last, Place" once or more, joined by ";": names and places in capitals, of one to three words each.
    [GeneratedRegex(@"^\p{Lu}[\w-]+(?: \p{Lu}[\w-]+){1,2}, \p{Lu}[\w-]+(?: \p{Lu}[\w-]+)?(?:; \p{Lu}[\w-]+(?: \p{Lu}[\w-]+){1,2}, \p{Lu}[\w-]+(?: \p{Lu}[\w-]+)?)*$")]
    private static partial Regex NamesAndPlaces();

    [GeneratedRegex(@"^(?<word>\w+)\s?:")]
    private static partial Regex CaptionWord();

    [GeneratedRegex(@"^(?<head>[^/.!?\n]{2,60})\.?\s*/[^/\n]{1,40}/\.?\s*")]
    private static partial Regex AgencyInSlashes();

    [GeneratedRegex(@"\s*[—–-]{1,2}\s+")]
    private static partial Regex DatelineDash();
}
