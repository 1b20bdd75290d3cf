using System.Text.RegularExpressions;

namespace BorderMap.Core.Claims;

/// <summary>Claim ids are stable, URL-safe slugs.</summary>
public static partial class ClaimId
{
    public const string Rule = "ids are 1 to 80 lower-case letters, digits and single hyphens, like 'afghan-soldiers-cross'";

    /// <summary>
    /// Words that name a listing under <c>/api/claims/</c>: a claim with one of them as its id could
    /// never be read at <c>/api/claims/{id}</c>, because the listing's route answers first.
    /// </summary>
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal) { "facets", "histogram" };

    /// <summary>Whether <paramref name="id"/> has the form of an id (events use the same form).</summary>
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>Why <paramref name="id"/> cannot name a claim, or null when it can.</summary>
    public static string? Problem(string? id) =>
        !IsValid(id) ? Rule
        : Reserved.Contains(id!) ? $"reserved for the listing /api/claims/{id}; choose another id"
        : null;

    [GeneratedRegex("^(?=.{1,80}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
