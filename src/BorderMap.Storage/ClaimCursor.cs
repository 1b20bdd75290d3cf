using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace BorderMap.Storage;

/// <summary>
/// Where a page of claims ends, for keyset paging: the position (fid) of its last claim and, in a
/// sorted list, that claim's sort key. Clients see it as an opaque token and send it back to get
/// the next page: "c" and the position in creation order, where a claim created meanwhile comes on
/// a later page and none is skipped or repeated; the sort's name, the position and the key
/// (base64url) otherwise, so that a cursor of one sort is recognised when sent with another.
/// </summary>
public readonly record struct ClaimCursor(long Position, ClaimSort Sort = default, string Key = "")
{
    public override string ToString() => Sort == ClaimSort.Created
        ? "c" + Position.ToString(CultureInfo.InvariantCulture)
        : $"{Sort.Name}.{Position.ToString(CultureInfo.InvariantCulture)}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Key))}";

    public static bool TryParse(string? text, out ClaimCursor cursor)
    {
        cursor = default;
        // A sorted cursor may start with "c" too (category), but always holds dots.
        if (text is ['c', .. var digits] && !digits.Contains('.', StringComparison.Ordinal))
        {
            if (!TryPosition(digits, out var position))
            {
                return false;
            }

            cursor = new ClaimCursor(position);
            return true;
        }

        return TryParseSorted(text, out cursor);
    }

    private static bool TryParseSorted(string? text, out ClaimCursor cursor)
    {
        cursor = default;
        var parts = text?.Split('.');
        if (parts is not [var name, var digits, var key] || !ClaimSort.TryParse(name, out var sort) || sort == ClaimSort.Created
            || !TryPosition(digits, out var position) || key.Length > 4096)
        {
            return false;
        }

        try
        {
            var bytes = Base64Url.DecodeFromChars(key);
            cursor = new ClaimCursor(position, sort, new UTF8Encoding(false, true).GetString(bytes));
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return false;
        }
    }

    private static bool TryPosition(string digits, out long position)
    {
        position = 0;
        return digits.Length is > 0 and <= 19 && digits.All(char.IsAsciiDigit)
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out position);
    }
}

/// <summary>One page of claims in the order asked for, and the cursor of the next page (null on the last).</summary>
public sealed record ClaimPage(IReadOnlyList<Core.Claims.Claim> Claims, ClaimCursor? Next);
