using System.Text.RegularExpressions;

namespace BorderMap.Core.Claims;

/// <summary>Claim ids are stable, URL-safe slugs.</summary>
public static partial class ClaimId
{
    public const string Rule = "ids are 1 to 80 lower-case letters, digits and single hyphens, like 'afghan-soldiers-cross'";

    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^(?=.{1,80}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
