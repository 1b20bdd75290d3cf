using System.Buffers;

namespace BorderMap.Bench.Api;

/// <summary>
/// A response body read whole into a buffer borrowed from the shared pool, returned when disposed.
/// The load client runs on the cores it measures: a new ~600 KiB array for every page (and the
/// copies a growing one needs) made every one of its garbage collections a full one.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private const int FirstBufferSize = 64 * 1024;

    private byte[] buffer;

    private PooledBody(byte[] buffer, int length)
    {
        this.buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, Length);

    /// <summary>Reads the whole body, trading the buffer for a pooled one twice as large whenever it is full.</summary>
    public static async Task<PooledBody> Read(HttpContent content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(FirstBufferSize);
        try
        {
            await using var body = await content.ReadAsStreamAsync();
            var length = 0;
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length))) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return new PooledBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        // Returned once: a second Dispose must not hand the pool a buffer it may already have lent again.
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }
}
