using System.Globalization;

namespace BorderMap.Storage;

/// <summary>
/// Where a page of claims ends, for keyset paging: the position of its last claim in creation
/// order. Clients see it as an opaque token ("c" and a number) and send it back to get the next
/// page; a claim created meanwhile comes on a later page, and none is skipped or repeated.
/// </summary>
public readonly record struct ClaimCursor(long Position)
{
    public override string ToString() => "c" + Position.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out ClaimCursor cursor)
    {
        cursor = default;
        if (text is not ['c', .. var digits] || digits.Length is 0 or > 19 || !digits.All(char.IsAsciiDigit)
            || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            return false;
        }

        cursor = new ClaimCursor(position);
        return true;
    }
}

/// <summary>One page of claims in creation order, and the cursor of the next page (null on the last).</summary>
public sealed record ClaimPage(IReadOnlyList<Core.Claims.Claim> Claims, ClaimCursor? Next);
