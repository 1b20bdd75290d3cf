using BorderMap.Core.Claims;
using BorderMap.Core.Queries;

namespace BorderMap.Core.Tests;

/// <summary>
/// The search key holds each word once and none that another of its words contains, yet finds a
/// claim by every term its full text would. The claim's texts are the project's own writing (constructed).
/// </summary>
public class ClaimSearchKeyTests
{
    private const string Quote = "Near Khorog the border guards of Khorog reported a column moving towards Khorog at dawn.";

    private static readonly ClaimData Claim = new(
        "Column seen near Khorog", "troop-movement", ["Border guards", "Taliban"], "Khorog", [], [], 2, "2021-07-05", null, "day", "2021-07-05", "src",
        new Quote(Quote, 0, Quote.Length), "A column near Khorog, the guards say.", "The guards repeated it.", "reported",
        new Dictionary<string, double>(), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1);

    [Fact]
    public void A_word_repeated_across_the_fields_is_kept_once_in_the_order_of_first_use()
    {
        var words = ClaimSearchKey.Of(Claim).Split(' ');

        Assert.Equal(words.Distinct(StringComparer.Ordinal), words);
        Assert.Equal(new[] { "Column", "seen", "near", "Khorog", "Border", "guards" }.Select(Folded), words.Take(6));
        Assert.Contains(Folded("repeated"), words);
    }

    [Fact]
    public void A_word_inside_another_word_of_the_claim_is_left_out_and_its_terms_still_find_the_claim()
    {
        var claim = Claim with { Title = "Tajik posts on the river", Note = "Seen from Tajikistan; the posts were rebuilt." };

        var words = ClaimSearchKey.Of(claim).Split(' ');

        Assert.Contains(Folded("Tajikistan"), words);
        Assert.Contains(Folded("rebuilt"), words);
        Assert.DoesNotContain(Folded("Tajik"), words);
        Assert.DoesNotContain(Folded("a"), words);
        Assert.All(words, word => Assert.DoesNotContain(words, other => other != word && other.Contains(word, StringComparison.Ordinal)));
        Assert.True(ClaimSearchKey.Matches(ClaimSearchKey.Of(claim), ClaimSearchKey.Terms("tajik the a built")));
        Assert.False(ClaimSearchKey.Matches(ClaimSearchKey.Of(claim), ClaimSearchKey.Terms("tajiks")));
    }

    [Fact]
    public void The_key_is_the_folded_words_separated_by_single_spaces_without_any_punctuation()
    {
        var key = ClaimSearchKey.Of(Claim with { Title = "...Column, 12km -- seen!", Note = "near 12km." });

        Assert.StartsWith(string.Join(' ', new[] { "Column", "12km", "seen", "Khorog", "Border", "guards" }.Select(Folded)) + " ", key, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", key, StringComparison.Ordinal);
        Assert.All(key.Split(' '), word => Assert.True(word.Length > 0 && word.All(char.IsLetterOrDigit), word));
        Assert.Equal(["horog", "12km"], ClaimSearchKey.Terms("  ...Khorog,, 12km!! khorog  "));
        Assert.Empty(ClaimSearchKey.Terms(" -- !! "));
    }

    /// <summary>Doubled letters meet their single spelling (Faizabbad, Faizabad), but a run of one digit is another number.</summary>
    [Theory]
    [InlineData("900 km", "90 km")]
    [InlineData("1100 soldiers", "10 soldiers")]
    [InlineData("۳۰۰۰ سرباز", "۳۰ سرباز")]
    [InlineData("٢٢٠ جندي", "٢٠ جندي")]
    public void A_number_with_a_repeated_digit_is_not_found_by_the_shorter_number(string written, string shorter)
    {
        var longer = ClaimSearchKey.Of(Claim with { Note = $"Reported: {written}." });
        var other = ClaimSearchKey.Of(Claim with { Note = $"Reported: {shorter}." });

        Assert.True(ClaimSearchKey.Matches(longer, ClaimSearchKey.Terms(written)));
        Assert.False(ClaimSearchKey.Matches(other, ClaimSearchKey.Terms(written)));
        Assert.Equal(Folded("Faizabad"), Folded("Faizabbad"));
    }

    /// <summary>A word as the key holds it (folded with <see cref="Search.NameFolding"/>).</summary>
    private static string Folded(string word) => Assert.Single(ClaimSearchKey.Terms(word));

    /// <summary>Letters the folding treats specially (German and Cyrillic spellings, Arabic, Urdu and Pashto forms, marks, joiners, apostrophes, hyphens) and separators of every kind.</summary>
    private const string Alphabet = "abcdeghkosuzwyqtjACKSZéüßбжзхчщъюЙҒҷيكةےہھهیالأَ́̈‌‏’ʼ'`-_.,;:!?()/ 7 0\t\n     ";

    [Fact]
    public void A_claims_key_holds_the_words_of_its_whole_folded_text_in_the_order_of_first_use()
    {
        var random = new Random(20261204);
        string Text() => new([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
        for (var i = 0; i < 3000; i++)
        {
            var claim = Claim with { Title = Text(), Place = Text(), Actors = [Text(), Text()], Quote = Quoted(Text()), Translation = Text(), Note = i % 2 == 0 ? Text() : null };
            var whole = string.Join(' ', [claim.Title, claim.Place, .. claim.Actors, claim.Quote.Text, claim.Translation, claim.Note ?? string.Empty]);

            Assert.Equal(WordsInOrder(whole), ClaimSearchKey.Of(claim));
        }
    }

    private static Quote Quoted(string text) => new(text, 0, text.Length);

    /// <summary>The reference: the whole text folded at once, cut into runs of letters and digits, each kept once unless another contains it.</summary>
    private static string WordsInOrder(string text)
    {
        var folded = Search.NameFolding.Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        return string.Join(' ', distinct.Where(word => !distinct.Any(other => other != word && other.Contains(word, StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("khorog")]
    [InlineData("horo")]
    [InlineData("guards taliban")]
    [InlineData("Khorog, at dawn!")]
    [InlineData("repeat")]
    public void Every_term_of_the_claims_texts_still_finds_it(string text) =>
        Assert.True(ClaimSearchKey.Matches(ClaimSearchKey.Of(Claim), ClaimSearchKey.Terms(text)));

    [Theory]
    [InlineData("khorog kabul")]
    [InlineData("khorogthe")]
    [InlineData("seennear")]
    public void A_term_across_two_words_or_absent_finds_nothing(string text) =>
        Assert.False(ClaimSearchKey.Matches(ClaimSearchKey.Of(Claim), ClaimSearchKey.Terms(text)));
}
