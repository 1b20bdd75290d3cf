namespace BorderMap.Storage.PostGis;

/// <summary>
/// Migration 29: the search keys that a release before it wrote with a run of one digit collapsed ("900 km" keyed "90 km", so a
/// search for "900" found every "90") are cleared, and <see cref="PostGisBackfill"/> derives them again at the same start-up
/// (through <c>claims_underived_idx</c>), with the claims' other derived values, which come out as they were. Only claims whose
/// key-forming texts hold a digit twice in a row are touched — in the digits the claims are written in: ASCII, Arabic-Indic and
/// Persian — so a store of claims without such numbers is not rewritten.
/// </summary>
internal static class SearchKeyDigitsMigration
{
    private const string Digits = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";

    /// <summary>The texts <see cref="Core.Queries.ClaimSearchKey.Of"/> reads, as the claim's JSON holds them.</summary>
    private const string KeyTexts =
        "concat_ws(' ', title, data->>'place', data->>'actors', data->'quote'->>'text', data->>'translation', data->>'note')";

    public static string Sql =>
        $"UPDATE claims SET search_key = NULL WHERE search_key IS NOT NULL AND {KeyTexts} ~ '({string.Join('|', Digits.Select(d => new string(d, 2)))})';";
}
