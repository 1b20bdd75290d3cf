namespace BorderMap.Rendering.Text;

/// <summary>
/// The runs of one embedding level that <see cref="BidiRuns"/> builds from a line's characters, in
/// three parallel arrays (no list of tuples, whose generic code the ReadyToRun image lacks).
/// </summary>
internal sealed class LevelRuns(int capacity)
{
    private readonly int[] _starts = new int[capacity];
    private readonly int[] _lengths = new int[capacity];
    private readonly int[] _levels = new int[capacity];
    private int _count;

    /// <summary>Adds a character at <paramref name="level"/>, to the last run when that has the same level.</summary>
    public void Extend(int start, int length, int level)
    {
        if (_count > 0 && _levels[_count - 1] == level)
        {
            _lengths[_count - 1] += length;
            return;
        }

        _starts[_count] = start;
        _lengths[_count] = length;
        _levels[_count] = level;
        _count++;
    }

    /// <summary>L2: from the highest level down to the lowest odd one, reverses every sequence at that level or above.</summary>
    public void ReorderVisually()
    {
        var lowestOdd = int.MaxValue;
        var highest = int.MinValue;
        for (var i = 0; i < _count; i++)
        {
            highest = Math.Max(highest, _levels[i]);
            if (_levels[i] % 2 == 1)
            {
                lowestOdd = Math.Min(lowestOdd, _levels[i]);
            }
        }

        for (var level = highest; level >= lowestOdd; level--)
        {
            for (var i = 0; i < _count;)
            {
                if (_levels[i] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < _count && _levels[end] >= level)
                {
                    end++;
                }

                Reverse(i, end - 1);
                i = end;
            }
        }
    }

    public BidiRuns.Run[] ToRuns()
    {
        var runs = new BidiRuns.Run[_count];
        for (var i = 0; i < _count; i++)
        {
            runs[i] = new BidiRuns.Run(_starts[i], _lengths[i], _levels[i] % 2 == 1);
        }

        return runs;
    }

    private void Reverse(int first, int last)
    {
        for (; first < last; first++, last--)
        {
            (_starts[first], _starts[last]) = (_starts[last], _starts[first]);
            (_lengths[first], _lengths[last]) = (_lengths[last], _lengths[first]);
            (_levels[first], _levels[last]) = (_levels[last], _levels[first]);
        }
    }
}
