namespace BorderMap.Rendering.Export;

/// <summary>
/// The Adler-32 checksum that ends a zlib stream (RFC 1950), computed over parts of the data on
/// separate threads and then combined, as zlib's <c>adler32_combine</c> does.
/// </summary>
internal static class Adler32
{
    public const uint Initial = 1;
    private const uint Modulus = 65521;

    // The most bytes whose sums cannot overflow 32 bits before they are reduced (zlib's NMAX).
    private const int MaxRun = 5552;

    public static uint Update(uint adler, ReadOnlySpan<byte> data)
    {
        uint a = adler & 0xffff, b = adler >> 16;
        while (!data.IsEmpty)
        {
            var run = data[..Math.Min(MaxRun, data.Length)];
            foreach (var value in run)
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[run.Length..];
        }

        return (b << 16) | a;
    }

    /// <summary>The checksum of the first part followed by the second, from theirs and the second's length.</summary>
    public static uint Combine(uint first, uint second, long secondLength)
    {
        var remainder = (uint)(secondLength % Modulus);
        var a = (first & 0xffff) + (second & 0xffff) + Modulus - 1;
        var b = (uint)(((ulong)remainder * (first & 0xffff)) % Modulus) + (first >> 16) + (second >> 16) + Modulus - remainder;
        a = a >= Modulus ? a - Modulus : a;
        a = a >= Modulus ? a - Modulus : a;
        b = b >= 2 * Modulus ? b - (2 * Modulus) : b;
        b = b >= Modulus ? b - Modulus : b;
        return (b << 16) | a;
    }
}
