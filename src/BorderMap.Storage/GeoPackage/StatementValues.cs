using System.Runtime.InteropServices;
using System.Text;
using SQLitePCL;

namespace BorderMap.Storage.GeoPackage;

/// <summary>The kind of one value kept for a statement.</summary>
internal enum ValueKind : byte
{
    Null,
    Integer,
    Real,
    Text,
    Blob,
}

/// <summary>One value kept for a statement: its kind, and the number or the text or blob it holds.</summary>
internal readonly record struct StatementValue(ValueKind Kind, long Integer, double Real, object? Reference);

/// <summary>
/// Binds a statement's values by position through <see cref="NativeBinds"/>: one reference on the
/// statement's handle for all of them, and every text and blob laid out, UTF-8, in one buffer pinned
/// for good and bound where it lies (SQLITE_STATIC) rather than copied by SQLite into memory it
/// allocates per value (SQLITE_TRANSIENT). The bytes must stay until the statement has run, so
/// <see cref="Run"/> binds, steps, resets and clears in one go.
/// Not thread-safe: it belongs to one <see cref="RowInserter"/>.
/// </summary>
internal sealed class StatementValues
{
    private byte[] _bytes = GC.AllocateUninitializedArray<byte>(64 * 1024, pinned: true);

    /// <summary>Binds <paramref name="values"/> to parameters 1… of <paramref name="statement"/>, runs it to its end and readies it for the next values.</summary>
    /// <returns>SQLite's result of the first bind that failed, or of the step.</returns>
    public int Run(sqlite3_stmt statement, ReadOnlySpan<StatementValue> values)
    {
        Reserve(values);
        var added = false;
        statement.DangerousAddRef(ref added);
        var pointer = statement.DangerousGetHandle();
        try
        {
            var result = Bind(pointer, values);
            return result == raw.SQLITE_OK ? raw.sqlite3_step(statement) : result;
        }
        finally
        {
            raw.sqlite3_reset(statement);
            // The buffer is reused (or replaced) for the next values: the statement must not keep pointing into it.
            NativeBinds.Clear(pointer);
            statement.DangerousRelease();
        }
    }

    private int Bind(IntPtr statement, ReadOnlySpan<StatementValue> values)
    {
        var start = Marshal.UnsafeAddrOfPinnedArrayElement(_bytes, 0);
        var used = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            var result = value.Kind switch
            {
                ValueKind.Integer => NativeBinds.Int64(statement, i + 1, value.Integer),
                ValueKind.Real => NativeBinds.Double(statement, i + 1, value.Real),
                ValueKind.Text => NativeBinds.Text(statement, i + 1, start + used, Lay((string)value.Reference!, ref used), NativeBinds.Static),
                ValueKind.Blob => NativeBinds.Blob(statement, i + 1, start + used, Lay((byte[])value.Reference!, ref used), NativeBinds.Static),
                _ => NativeBinds.Null(statement, i + 1),
            };
            if (result != raw.SQLITE_OK)
            {
                return result;
            }
        }

        return raw.SQLITE_OK;
    }

    /// <summary>Makes the buffer large enough for every text and blob of <paramref name="values"/> at once.</summary>
    private void Reserve(ReadOnlySpan<StatementValue> values)
    {
        long most = 0;
        foreach (var value in values)
        {
            most += value.Kind switch
            {
                ValueKind.Text => Encoding.UTF8.GetMaxByteCount(((string)value.Reference!).Length),
                ValueKind.Blob => ((byte[])value.Reference!).Length,
                _ => 0,
            };
        }

        if (most > _bytes.Length)
        {
            _bytes = GC.AllocateUninitializedArray<byte>((int)Math.Min(Array.MaxLength, Math.Max(most, _bytes.Length * 2L)), pinned: true);
        }
    }

    private int Lay(string text, ref int used)
    {
        var length = Encoding.UTF8.GetBytes(text, _bytes.AsSpan(used));
        used += length;
        return length;
    }

    private int Lay(byte[] blob, ref int used)
    {
        blob.CopyTo(_bytes, used);
        used += blob.Length;
        return blob.Length;
    }
}
