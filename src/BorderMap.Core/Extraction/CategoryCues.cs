namespace BorderMap.Core.Extraction;

/// <summary>
/// Suggests a claim category from cue words in Indonesian, English, German and Russian (and a few
/// Persian ones). Cues are lower-case prefixes matched at word starts, so one cue covers inflected
/// forms ("mobilis" → mobilised, mobilisation). The category with most cues wins; ties go to the
/// earlier category in the list, which runs from the most specific (mobilisation) to the most
/// general (statement). A stated border length makes the claim a geography claim.
/// </summary>
public static class CategoryCues
{
    private static readonly (string Category, string[] Cues)[] Table =
    [
        ("mobilisation", ["cadangan", "pengerahan", "mobilisasi", "reservist", "mobilis", "mobiliz", "reservisten", "mobilmach", "мобилиз", "резервист", "запасник", "بسیج"]),
        ("refugees", ["pengungsi", "refugee", "flüchtling", "asyl", "беженц", "پناهجو", "مهاجر"]),
        ("troop-movement", ["melarikan diri", "melintasi perbatasan", "menyeberang", "penarikan pasukan", "fled", "crossed", "withdr", "retreat", "flohen", "geflohen", "überquert", "abzug", "zogen ab", "перешли", "бежал", "отступ", "вывод войск", "عقب نشینی", "فرار"]),
        ("military-presence", ["pangkalan", "ditempatkan", "military base", "air base", "stationed", "garrison", "stützpunkt", "militärbasis", "stationiert", "база", "базы", "дислоцир", "پایگاه"]),
        ("territorial-control", ["menguasai", "merebut", "ditaklukkan", "perebutan", "kendali", "captur", "seiz", "took control", "overran", "fell to", "erobert", "eingenommen", "kontrolle", "захват", "контрол", "заняли", "تصرف", "سقوط"]),
        ("diplomatic", ["konsulat", "kedutaan", "duta", "diplomat", "sekutu", "embassy", "consulate", "envoy", "ally", "allies", "botschaft", "konsulat", "gesandte", "verbündet", "посольств", "консульств", "посол", "союзник", "سفارت", "کنسول"]),
        ("statement", ["mengatakan", "kata", "mengumumkan", "menurut", "said", "announced", "according to", "sagte", "erklärte", "kündigte", "laut", "заявил", "сообщил", "по словам", "گفت"]),
    ];

    /// <summary>The suggested category and the cue that decided it (null with "statement" when no cue matched).</summary>
    public static (string Category, string? Cue) Suggest(string sentence, bool statesBorderLength)
    {
        if (statesBorderLength)
        {
            return ("geography", "a stated border length");
        }

        var lower = sentence.ToLowerInvariant();
        var best = (Category: "statement", Cue: (string?)null, Count: 0);
        foreach (var (category, cues) in Table)
        {
            var hits = cues.Where(c => StartsWord(lower, c)).ToList();
            if (hits.Count > best.Count)
            {
                best = (category, hits[0], hits.Count);
            }
        }

        return (best.Category, best.Cue);
    }

    /// <summary>Whether <paramref name="cue"/> occurs in <paramref name="text"/> at the start of a word.</summary>
    private static bool StartsWord(string text, string cue)
    {
        for (var at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetter(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
