namespace BorderMap.Core.Extraction;

/// <summary>
/// Places named only to say where another lies (<see cref="PlaceRole.Reference"/>): a distance from them ("a few kilometres from Camp
/// Marmal", "в нескольких километрах от базы", "على بعد كيلومترات قليلة من", "د … څخه څو کیلومتره لرې"), a side of them ("west of
/// Mazar-i-Sharif", "к западу от", "در غرب", "غرب مزار شريف", "د مزار شریف لوېدیځ ته", "کے مغرب میں"), facing or around them ("opposite
/// Khamyab", "напротив", "قبالة", "کے سامنے", "شاوخوا", "کے گرد").
/// </summary>
internal static class PlaceReferenceCues
{
    // The word right before the name (past kind words and "of", "de"): a side, facing, around, or a distance in French ("à 5 km de")
    // or Persian, whose ezafe links the distance to the place ("چند کیلومتری کمپ مارمال", a few kilometres from Camp Marmal).
    private static readonly HashSet<string> SidesBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "west", "north", "south", "east", "opposite", "facing", "ouest", "nord", "sud", "autour", "kilomètres", "km",
        "напротив", "вокруг", "ғарби", "шимоли", "ҷануби", "шарқи", "атрофи", "غرب", "شمال", "جنوب", "شرق", "روبروی", "اطراف", "قبالة", "مقابل", "حول", "کیلومتری",
    };

    // "from", "of" that a distance or a side comes before: "kilometres from", "westlich von", "к западу от", "дуртар аз", "على بعد … من".
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "from", "von", "vom", "dari", "от", "аз", "از", "من" };

    // Stems of a distance or a side, a few words before the particle.
    private static readonly string[] DistanceStems =
    [
        "kilomet", "km", "mile", "westlich", "nördlich", "südlich", "östlich", "километр", "км", "западу", "северу", "югу", "востоку", "дуртар",
        "کیلومتر", "كيلومتر",
    ];

    // Pashto and Urdu say the side after the name: "د مزار شریف لوېدیځ ته", "خم آب مخې ته", "فیض آباد کے گرد", "خم آب کے سامنے".
    private static readonly HashSet<string> SidesAfter = new(StringComparer.Ordinal) { "لوېدیځ", "ختیځ", "شمال", "جنوب", "سوېل", "مخې", "شاوخوا" };

    private static readonly HashSet<string> UrduSidesAfter = new(StringComparer.Ordinal) { "مغرب", "مشرق", "شمال", "جنوب", "سامنے", "گرد" };

    // And the distance after "from": "د مارمل کمپ څخه څو کیلومتره لرې", "کیمپ مارمل سے چند کلومیٹر دور".
    private static readonly HashSet<string> ParticlesAfter = new(StringComparer.Ordinal) { "څخه", "سے" };

    private const int Reach = 3;

    /// <summary>Whether the name at [<paramref name="beforeStart"/>'s word … <paramref name="end"/>) is a point of reference.</summary>
    /// <param name="before">The word before the name, past kind words and linking words (<see cref="PlaceRoles.WordBefore"/>).</param>
    public static bool IsReference(string text, string before, int beforeStart, int end) =>
        IsSide(text, before, beforeStart) || SideBeforePeople(text, before, beforeStart) || IndonesianSide(text, before, beforeStart) || DistanceBefore(text, before, beforeStart) || SideAfter(text, end)
        || RoadEndBefore(text, before, beforeStart) || RoadEndAfter(text, end);

    // A road's ends: "on the highway to Pul-e Khumri", "on the road from Fayzabad to Taloqan", "an der Straße von Faisabad nach Talokan",
    // "sur la route de Faïzabad à Taloqan", "на трассе в Пули-Хумри", "дар шоҳроҳи Пули Хумрӣ", "در شاهراه پل خمری", "على الطريق السريع
    // المؤدي إلى بول خمري". Persian "راه" is left out: "از راه پل" is the way taken.
    private static readonly string[] RoadStems =
    [
        "road", "highway", "route", "straße", "strasse", "fernstraße", "landstraße", "jalan", "трасс", "дорог", "шоссе", "шоҳроҳ", "роҳи", "شاهراه", "جاده",
        "طريق", "الطريق", "شاہراہ", "سڑک",
    ];

    private static readonly HashSet<string> RoadParticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "from", "towards", "nach", "von", "vom", "à", "de", "vers", "menuju", "ke", "dari", "в", "из", "до", "ба", "аз", "به", "از", "إلى", "الى", "من",
        // "à" and "zu" joined to the article: "la route de Faïzabad au corridor du Wakhan", "die Straße von Faisabad zum Bezirk Zebak".
        "au", "aux", "zum", "zur",
    };

    // Pashto and Urdu name the road after its end: "د پلخمري پر لویه لار", "د فیض اباد څخه تالقان ته پر لار", "پل خمری جانے والی شاہراہ پر".
    private static readonly HashSet<string> RoadWordsAfter = new(StringComparer.Ordinal) { "لار", "شاہراہ", "سڑک", "شاهراه" };

    private static readonly HashSet<string> RoadParticlesAfter = new(StringComparer.Ordinal) { "څخه", "ته", "پر", "جانے", "سے", "کی" };

    private const int RoadReach = 4;

    private static bool IsRoad(string word) => RoadStems.Any(s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    private static bool RoadEndBefore(string text, string before, int beforeStart)
    {
        if (IsRoad(before))
        {
            return true;
        }

        if (!RoadParticles.Contains(before))
        {
            return false;
        }

        var at = beforeStart;
        for (var words = 0; words < RoadReach; words++)
        {
            (var word, at) = PlaceRoles.WordEndingAt(text, at);
            if (word.Length == 0)
            {
                return false;
            }

            if (IsRoad(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RoadEndAfter(string text, int end)
    {
        var word = PlaceRoles.WordAfter(text, end);
        if (!RoadParticlesAfter.Contains(word))
        {
            return false;
        }

        for (var words = 0; words <= RoadReach && word.Length > 0; words++)
        {
            if (RoadWordsAfter.Contains(word))
            {
                return true;
            }

            end = text.IndexOf(word, end, StringComparison.Ordinal) + word.Length;
            word = PlaceRoles.WordAfter(text, end);
        }

        return false;
    }

    // Tajik "рӯ ба рӯи" (facing): "рӯи" alone is "on", so the whole phrase is read.
    private const string TajikFacing = "рӯ ба";

    // French "face à" (facing): "à" alone is a locative, so the word before it is read too ("face au pont de Hairatan", "en face de Termez").
    private static readonly HashSet<string> FrenchFacingLinks = new(StringComparer.OrdinalIgnoreCase) { "à", "au", "aux", "de", "du" };

    private const string FrenchFacing = "face";

    private static bool IsSide(string text, string word, int wordStart) =>
        SidesBefore.Contains(word) || FrenchEast(text, word, wordStart) || (word == "рӯи" && text.AsSpan(0, wordStart).TrimEnd().EndsWith(TajikFacing, StringComparison.Ordinal))
        || (FrenchFacingLinks.Contains(word) && PlaceRoles.WordEndingAt(text, wordStart).Word.Equals(FrenchFacing, StringComparison.OrdinalIgnoreCase));

    // A people's adjective between the side and the name: "opposite the Afghan district of Khamyab", "напротив афганского уезда Хамьяб",
    // "рӯ ба рӯи ноҳияи афғонии Хамёб".
    private static bool SideBeforePeople(string text, string before, int beforeStart)
    {
        if (!Demonyms.IsDemonym(before))
        {
            return false;
        }

        var (side, sideStart) = PlaceRoles.WordBefore(text, beforeStart);
        return IsSide(text, side, sideStart);
    }

    // French "est" is also "is": the east only with its elided article ("à quelques kilomètres à l'est de Bokhtar").
    private static bool FrenchEast(string text, string word, int wordStart) =>
        word.Equals("est", StringComparison.OrdinalIgnoreCase) && (text.AsSpan(0, wordStart).EndsWith("l'", StringComparison.OrdinalIgnoreCase) || text.AsSpan(0, wordStart).EndsWith("l’", StringComparison.OrdinalIgnoreCase));

    private static readonly HashSet<string> IndonesianSides = new(StringComparer.OrdinalIgnoreCase) { "barat", "utara", "selatan", "timur" };

    // "di sebelah barat Mazar-i-Sharif" (west of), and "di" alone after a distance ("beberapa kilometer di timur Bokhtar", a few kilometres
    // east of Bokhtar); "ujung selatan" (the southern end) is part of the place.
    private static bool IndonesianSide(string text, string before, int beforeStart)
    {
        if (!IndonesianSides.Contains(before))
        {
            return false;
        }

        var (word, at) = PlaceRoles.WordEndingAt(text, beforeStart);
        return word.Equals("sebelah", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("di", StringComparison.OrdinalIgnoreCase) && PlaceRoles.WordEndingAt(text, at).Word is var distance && DistanceStems.Any(s => distance.StartsWith(s, StringComparison.OrdinalIgnoreCase)));
    }

    // The particle right before the name or one word before it ("от базы Кэмп Мармал"), and a distance or side a few words before it.
    private static bool DistanceBefore(string text, string before, int beforeStart)
    {
        var (word, at) = (before, beforeStart);
        if (!Particles.Contains(word))
        {
            (word, at) = PlaceRoles.WordEndingAt(text, at);
            if (!Particles.Contains(word))
            {
                return false;
            }
        }

        for (var words = 0; words < Reach; words++)
        {
            (word, at) = PlaceRoles.WordEndingAt(text, at);
            if (word.Length == 0)
            {
                return false;
            }

            if (DistanceStems.Any(s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CountFollows(string text, int at)
    {
        var rest = text.AsSpan(at).TrimStart();
        return rest.Length > 0 && char.IsDigit(rest[0]);
    }

    private static bool SideAfter(string text, int end)
    {
        var first = PlaceRoles.WordAfter(text, end);
        // Past a kind word: "د کندز ښار سوېل ته" (south of Kunduz city).
        if (first.Length > 0 && Geocoding.KindCues.IsCue(first))
        {
            end = text.IndexOf(first, end, StringComparison.Ordinal) + first.Length;
            first = PlaceRoles.WordAfter(text, end);
        }

        var at = end + (text.AsSpan(end).Length - text.AsSpan(end).TrimStart().Length) + first.Length;
        if (SidesAfter.Contains(first))
        {
            // "شاوخوا" before a count is "about" ("د شغنان ولسوالۍ شاوخوا ۱۸۰ کورنۍ", some 180 families of the Shighnan district), not "around".
            return first != "شاوخوا" || !CountFollows(text, at);
        }
        if (first == "کے")
        {
            return UrduSidesAfter.Contains(PlaceRoles.WordAfter(text, at));
        }

        // Pashto "د روشان په مخامخ غاړه" (on the bank opposite Rushon): facing, after "په".
        if (first == "په")
        {
            return PlaceRoles.WordAfter(text, at) == "مخامخ";
        }

        if (!ParticlesAfter.Contains(first))
        {
            return false;
        }

        for (var words = 0; words < Reach; words++)
        {
            // Over a count in digits and the marks on a word: "قندوز شہر سے تقریباً 30 کلومیٹر" (the tanwin of "تقریباً" is no letter).
            var word = PlaceRoles.WordAfter(text, at);
            while (word.Length == 0 && at < text.Length && (char.IsDigit(text[at]) || text[at] == ' ' || char.GetUnicodeCategory(text[at]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                at++;
                word = PlaceRoles.WordAfter(text, at);
            }

            if (word.Length == 0)
            {
                return false;
            }

            if (word.StartsWith("کیلومتر", StringComparison.Ordinal) || word.StartsWith("کلومیٹر", StringComparison.Ordinal))
            {
                return true;
            }

            at = text.IndexOf(word, at, StringComparison.Ordinal) + word.Length;
        }

        return false;
    }
}
