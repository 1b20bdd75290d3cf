namespace BorderMap.Rendering.Gif;

/// <summary>
/// The variable-length LZW compression of GIF image data (GIF89a, appendix F), for 8-bit indices:
/// codes start at 9 bits and grow to 12; when the 4,096-entry table is full a clear code starts a
/// new one. Strings are found in an open-addressing hash of (prefix code, next index), which is
/// cleared in constant time per reset. Output goes out in the format's data sub-blocks of at most
/// 255 bytes, ended by an empty block.
/// </summary>
internal sealed class LzwWriter
{
    private const int MinCodeSize = 8;
    private const int ClearCode = 1 << MinCodeSize;
    private const int EndCode = ClearCode + 1;
    private const int MaxCodes = 4096;
    private const int HashSize = 5003;

    private readonly int[] _keys = new int[HashSize];
    private readonly short[] _values = new short[HashSize];
    private readonly byte[] _block = new byte[255];
    private Stream _output = Stream.Null;
    private int _blockLength;
    private int _bitBuffer;
    private int _bitCount;
    private int _codeSize;
    private int _nextCode;

    public void Write(ReadOnlySpan<byte> indices, Stream output)
    {
        _output = output;
        (_blockLength, _bitBuffer, _bitCount) = (0, 0, 0);
        output.WriteByte(MinCodeSize);
        Reset();
        Emit(ClearCode);
        int prefix = indices[0];
        for (var i = 1; i < indices.Length; i++)
        {
            var next = indices[i];
            var key = (prefix << 8) | next;
            var slot = Find(key);
            if (_keys[slot] == key)
            {
                prefix = _values[slot];
                continue;
            }

            Emit(prefix);
            if (_nextCode < MaxCodes)
            {
                (_keys[slot], _values[slot]) = (key, (short)_nextCode++);
            }
            else
            {
                Emit(ClearCode);
                Reset();
            }

            prefix = next;
        }

        Emit(prefix);
        Emit(EndCode);
        Flush();
    }

    private int Find(int key)
    {
        var slot = (int)((uint)(key * 2654435761u) % HashSize);
        while (_keys[slot] != -1 && _keys[slot] != key)
        {
            slot = slot == 0 ? HashSize - 1 : slot - 1;
        }

        return slot;
    }

    private void Reset()
    {
        Array.Fill(_keys, -1);
        _codeSize = MinCodeSize + 1;
        _nextCode = EndCode + 1;
    }

    private void Emit(int code)
    {
        _bitBuffer |= code << _bitCount;
        _bitCount += _codeSize;
        while (_bitCount >= 8)
        {
            AddByte((byte)_bitBuffer);
            _bitBuffer >>= 8;
            _bitCount -= 8;
        }

        // Decoders count every code read, so they widen their codes as soon as the next code this
        // encoder is about to assign no longer fits in the current width: widen at the same point.
        if (_nextCode >= (1 << _codeSize) && _codeSize < 12)
        {
            _codeSize++;
        }
    }

    private void Flush()
    {
        if (_bitCount > 0)
        {
            AddByte((byte)_bitBuffer);
        }

        if (_blockLength > 0)
        {
            _output.WriteByte((byte)_blockLength);
            _output.Write(_block, 0, _blockLength);
        }

        _output.WriteByte(0);
    }

    private void AddByte(byte value)
    {
        _block[_blockLength++] = value;
        if (_blockLength == _block.Length)
        {
            _output.WriteByte((byte)_blockLength);
            _output.Write(_block);
            _blockLength = 0;
        }
    }
}
