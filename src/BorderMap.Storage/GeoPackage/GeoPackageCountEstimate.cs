using System.Text;
using Microsoft.Data.Sqlite;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// How long an exact count would read claims in a GeoPackage (<see cref="CountEstimate"/>): the box
/// from its pre-counted cells, the words from the trigram index's own term counts (an
/// <c>fts5vocab</c> table over <c>claim_search</c>: the claims holding a word's rarest trigram
/// are at most those the index hands to the count). Other criteria have no estimate here.
/// </summary>
internal static class GeoPackageCountEstimate
{
    /// <summary>
    /// The claims an exact count reads per millisecond. Measured at 100,000 claims on a busy 2-core
    /// machine (bench/RESULTS.md, pgcount9): a box of 6,390 claims and a word of 13,055 counted in
    /// 0.07–0.23 s over HTTP, 30–90 a millisecond; taken at about twice the fastest, so that only a
    /// count clearly past its budget skips it.
    /// </summary>
    private const double RowsPerMillisecond = 150;

    /// <summary>The term counts of the trigram index, a table of the connection's own (temporary) schema.</summary>
    private const string Vocabulary = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.claim_search_terms USING fts5vocab(main, claim_search, row)";

    public static TimeSpan? Time(SqliteConnection connection, ClaimQuery query) =>
        CountEstimate.Time(
            query,
            box => GeoPackageBoxCells.Claims(connection, box),
            _ => null,
            q => q.Terms is { Length: > 0 } terms && WordClaims(connection, terms) is { } rows ? TimeSpan.FromMilliseconds(rows / RowsPerMillisecond) : null,
            RowsPerMillisecond);

    /// <summary>
    /// The claims whose key holds the rarest trigram of any term (0 when one is in no key), or null
    /// when no term is long enough to have one (then every key is read).
    /// </summary>
    private static double? WordClaims(SqliteConnection connection, IEnumerable<string> terms)
    {
        var trigrams = terms.SelectMany(Trigrams).Distinct(StringComparer.Ordinal).ToList();
        if (trigrams.Count == 0)
        {
            return null;
        }

        using (var create = connection.CreateCommand())
        {
            create.CommandText = Vocabulary;
            create.ExecuteNonQuery();
        }

        var parameters = trigrams.Select((t, i) => (Name: $"$t{i}", Value: (object)t)).ToDictionary(p => p.Name, p => p.Value);
        var (found, rarest) = SqliteRows.Select(
            connection,
            $"SELECT count(*), coalesce(min(doc), 0) FROM temp.claim_search_terms WHERE term IN ({string.Join(", ", parameters.Keys)})",
            parameters,
            r => (r.GetInt32(0), r.GetInt64(1)))[0];
        return found < trigrams.Count ? 0 : rarest;
    }

    /// <summary>The runs of three code points of <paramref name="term"/>, as the trigram tokenizer cuts the keys.</summary>
    private static IEnumerable<string> Trigrams(string term)
    {
        var runes = term.EnumerateRunes().ToList();
        for (var i = 0; i + 3 <= runes.Count; i++)
        {
            var trigram = new StringBuilder();
            runes.GetRange(i, 3).ForEach(r => trigram.Append(r.ToString()));
            yield return trigram.ToString();
        }
    }
}
