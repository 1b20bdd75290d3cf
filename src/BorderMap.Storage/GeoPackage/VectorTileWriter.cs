using System.Text;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Encodes one Mapbox Vector Tile (specification 2.1) of one layer of points, the only shape the
/// claim tiles hold, so a few dozen lines of protobuf replace a library that would first build
/// NTS features from the rows. Keys and values are stored once per layer, as the format intends.
/// </summary>
internal sealed class VectorTileWriter(string layerName, int extent)
{
    private readonly List<byte[]> _features = [];
    private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<object, int> _values = [];

    /// <summary>Adds a point at tile pixel (<paramref name="x"/>, <paramref name="y"/>), y down, with its properties (string, int or long values).</summary>
    public void AddPoint(int x, int y, IEnumerable<(string Key, object Value)> properties)
    {
        var tags = new List<int>();
        foreach (var (key, value) in properties)
        {
            tags.Add(Index(_keys, key));
            tags.Add(Index(_values, value is int i ? (long)i : value));
        }

        var feature = new Protobuf();
        feature.Packed(2, tags.Select(t => (ulong)t));
        feature.Varint(3, 1); // POINT
        feature.Packed(4, [Command(moveTo: 1, count: 1), ZigZag(x), ZigZag(y)]);
        _features.Add(feature.ToArray());
    }

    public byte[] ToArray()
    {
        var layer = new Protobuf();
        layer.Varint(15, 2);
        layer.Text(1, layerName);
        foreach (var feature in _features)
        {
            layer.Bytes(2, feature);
        }

        foreach (var key in _keys.OrderBy(k => k.Value))
        {
            layer.Text(3, key.Key);
        }

        foreach (var value in _values.OrderBy(v => v.Value))
        {
            layer.Bytes(4, Value(value.Key));
        }

        layer.Varint(5, (ulong)extent);
        var tile = new Protobuf();
        tile.Bytes(3, layer.ToArray());
        return tile.ToArray();
    }

    private static int Index<T>(Dictionary<T, int> table, T item)
        where T : notnull
    {
        if (!table.TryGetValue(item, out var index))
        {
            index = table.Count;
            table[item] = index;
        }

        return index;
    }

    /// <summary>A Value message: text as string_value (1), whole numbers as sint_value (6).</summary>
    private static byte[] Value(object value)
    {
        var message = new Protobuf();
        switch (value)
        {
            case string text:
                message.Text(1, text);
                break;
            case long number:
                message.Varint(6, ZigZag(number));
                break;
            default:
                throw new ArgumentException($"a tile property cannot be a {value.GetType().Name}", nameof(value));
        }

        return message.ToArray();
    }

    private static ulong Command(int moveTo, int count) => (ulong)((moveTo & 0x7) | (count << 3));

    private static ulong ZigZag(long n) => (ulong)((n << 1) ^ (n >> 63));

    /// <summary>The protobuf wire format, the few field kinds a vector tile needs.</summary>
    private sealed class Protobuf
    {
        private readonly List<byte> _buffer = [];

        public void Varint(int field, ulong value)
        {
            Raw(((ulong)field << 3) | 0);
            Raw(value);
        }

        public void Bytes(int field, byte[] bytes)
        {
            Raw(((ulong)field << 3) | 2);
            Raw((ulong)bytes.Length);
            _buffer.AddRange(bytes);
        }

        public void Text(int field, string text) => Bytes(field, Encoding.UTF8.GetBytes(text));

        public void Packed(int field, IEnumerable<ulong> values)
        {
            var packed = new Protobuf();
            foreach (var value in values)
            {
                packed.Raw(value);
            }

            Bytes(field, packed.ToArray());
        }

        public byte[] ToArray() => _buffer.ToArray();

        private void Raw(ulong value)
        {
            while (value >= 0x80)
            {
                _buffer.Add((byte)(value | 0x80));
                value >>= 7;
            }

            _buffer.Add((byte)value);
        }
    }
}
