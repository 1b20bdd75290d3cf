using System.Globalization;
using System.Text;

namespace BorderMap.Storage;

/// <summary>Derives URL-safe ids (see <see cref="BorderMap.Core.Claims.ClaimId"/>) from titles.</summary>
internal static class Slug
{
    /// <summary>Lower-case ASCII letters and digits of <paramref name="text"/>, runs of anything else as one hyphen, cut at a word boundary.</summary>
    public static string From(string text, int maxLength, string fallback)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > 0 ? cut : maxLength)];
        }

        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>The first of <c>slug</c>, <c>slug-2</c>, <c>slug-3</c>, … that <paramref name="isTaken"/> rejects.</summary>
    public static string Unique(string slug, Func<string, bool> isTaken)
    {
        var candidate = slug;
        for (var n = 2; isTaken(candidate); n++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
        }

        return candidate;
    }
}
