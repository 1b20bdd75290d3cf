using System.Buffers.Binary;
using System.Text;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// Reads a GNU gettext <c>.mo</c> file: a header with the string count and the offsets of two
/// tables of (length, offset) pairs, one for the original strings and one for the translations.
/// libgeonames keys its town names by GeoNames id ("1133616"), country code ("DE") and admin-1
/// code ("RU.48"). Only little-endian files (magic 0x950412de) occur there.
/// </summary>
internal static class GettextCatalog
{
    private const uint Magic = 0x950412de;

    public static IReadOnlyDictionary<string, string> Read(byte[] mo, string displayName)
    {
        if (mo.Length < 20 || BinaryPrimitives.ReadUInt32LittleEndian(mo) != Magic)
        {
            throw new GeodataBuildException($"{displayName} is not a little-endian gettext .mo file.");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(mo.AsSpan(8));
        var originals = BinaryPrimitives.ReadInt32LittleEndian(mo.AsSpan(12));
        var translations = BinaryPrimitives.ReadInt32LittleEndian(mo.AsSpan(16));
        var entries = new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = StringAt(mo, originals + (8 * i));
            // The empty key holds the catalog's metadata header, not a name.
            if (key.Length > 0)
            {
                entries[key] = StringAt(mo, translations + (8 * i));
            }
        }

        return entries;
    }

    private static string StringAt(byte[] mo, int tableEntry)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(mo.AsSpan(tableEntry));
        var offset = BinaryPrimitives.ReadInt32LittleEndian(mo.AsSpan(tableEntry + 4));
        return Encoding.UTF8.GetString(mo, offset, length);
    }
}
