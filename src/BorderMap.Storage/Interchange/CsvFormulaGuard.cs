namespace BorderMap.Storage.Interchange;

/// <summary>
/// Keeps exported CSV cells from running as spreadsheet formulas (CSV injection, as OWASP
/// describes it): a text cell that begins with <c>= + - @</c>, a tab or a carriage return gets a
/// leading apostrophe, which spreadsheets take as "this is text" and do not show.
/// <para>
/// The apostrophe changes the value, so import takes it off again, and the two are exact
/// inverses: an apostrophe is added, and removed, only when the cell's leading apostrophes are
/// followed by one of those characters. So <c>=HYPERLINK(…)</c> → <c>'=HYPERLINK(…)</c> → back,
/// a note that really begins <c>'=</c> is exported as <c>''=</c> and comes back intact, and an
/// ordinary <c>'Tis</c> is never touched. Number columns (latitude, longitude, offsets, version)
/// are left alone: they hold numbers this program formatted, never user text, and a negative
/// longitude such as <c>-12.5</c> must stay a number for other tools that read the file.
/// </para>
/// </summary>
internal static class CsvFormulaGuard
{
    private const char Marker = '\'';

    /// <summary>The cell to write for <paramref name="value"/>.</summary>
    public static string? Neutralise(string? value) => value is not null && IsGuarded(value) ? Marker + value : value;

    /// <summary>The value a read cell stands for: <see cref="Neutralise"/> undone.</summary>
    public static string Restore(string cell) => cell.Length > 1 && cell[0] == Marker && IsGuarded(cell) ? cell[1..] : cell;

    /// <summary>Whether the text after any leading apostrophes begins with a character spreadsheets treat as the start of a formula.</summary>
    private static bool IsGuarded(string text)
    {
        var start = text.AsSpan().TrimStart(Marker);
        return start.Length > 0 && start[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
