namespace BorderMap.Rendering.Map;

/// <summary>
/// The contents of one cell of a grid index, as a growable run of floats: points as (x, y) pairs,
/// boxes as (left, top, right, bottom). Not a List of SKPoint or SKRect, or a dictionary keyed by
/// cell tuples: generic code over those value types is not in the ReadyToRun image, and every
/// export would JIT it again at start.
/// </summary>
internal sealed class CellFloats
{
    private float[] _values = new float[8];

    public int Count { get; private set; }

    public float this[int index] => _values[index];

    public void Add(float a, float b)
    {
        Reserve(2);
        _values[Count++] = a;
        _values[Count++] = b;
    }

    public void Add(float a, float b, float c, float d)
    {
        Reserve(4);
        _values[Count++] = a;
        _values[Count++] = b;
        _values[Count++] = c;
        _values[Count++] = d;
    }

    private void Reserve(int more)
    {
        if (Count + more > _values.Length)
        {
            var grown = new float[_values.Length * 2];
            Array.Copy(_values, grown, Count);
            _values = grown;
        }
    }
}
