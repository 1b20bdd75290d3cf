using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace BorderMap.App.Server;

/// <summary>
/// One HTTP/1.1 request of the start-up warm-up to the server's own URL, written on a plain TCP
/// connection that the server closes after its answer (<c>Connection: close</c>). Not
/// <see cref="System.Net.Http.HttpClient"/>: the server never asks anything over HTTP itself, and
/// the warm-up's client compiled and loaded its own connection pool, headers and content types in the
/// server's process, a share of the ~900 methods the first request compiled (bench/RESULTS.md, Scale,
/// start34). Kestrel answers it as it answers a browser: HTTP/1.1, chunked where no length is set.
/// </summary>
internal static class LoopbackRequest
{
    /// <summary>Sends <paramref name="method"/> <paramref name="path"/> (relative to <paramref name="baseUrl"/>) with the given headers and body; the answer's status and body.</summary>
    public static async Task<(int Status, byte[] Body)> SendAsync(
        Uri baseUrl, string method, string path, CancellationToken stopping, string extraHeaders = "", byte[]? body = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(baseUrl.DnsSafeHost, baseUrl.Port, stopping);
        await using var stream = client.GetStream();
        var target = new Uri(baseUrl, path).PathAndQuery;
        var length = body is null ? string.Empty : $"Content-Length: {body.Length}\r\n";
        var head = $"{method} {target} HTTP/1.1\r\nHost: {baseUrl.Authority}\r\nConnection: close\r\n{length}{extraHeaders}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), stopping);
        if (body is not null)
        {
            await stream.WriteAsync(body, stopping);
        }

        using var answer = new MemoryStream();
        await stream.CopyToAsync(answer, stopping);
        return Parse(answer.ToArray());
    }

    /// <summary>The status and body of a whole HTTP/1.1 answer, its chunks joined; an answer cut short raises <see cref="IOException"/>.</summary>
    public static (int Status, byte[] Body) Parse(byte[] answer)
    {
        var headEnd = answer.AsSpan().IndexOf("\r\n\r\n"u8);
        if (headEnd < 0)
        {
            throw new IOException("The server's answer ended inside its head.");
        }

        var head = Encoding.ASCII.GetString(answer, 0, headEnd).Split("\r\n");
        var statusLine = head[0].Split(' ');
        if (statusLine.Length < 2 || !int.TryParse(statusLine[1], out var status))
        {
            throw new IOException($"The server's answer starts with '{head[0]}', not a status line.");
        }

        var chunked = head.Skip(1).Any(h => h.StartsWith("Transfer-Encoding:", StringComparison.OrdinalIgnoreCase)
                                            && h.Contains("chunked", StringComparison.OrdinalIgnoreCase));
        var body = answer.AsSpan(headEnd + 4);
        return (status, chunked ? Unchunk(body) : body.ToArray());
    }

    /// <summary>The data of a chunked body: each chunk is its size in hexadecimal, CRLF, the bytes and CRLF, up to a chunk of size 0.</summary>
    private static byte[] Unchunk(ReadOnlySpan<byte> chunks)
    {
        using var data = new MemoryStream();
        while (true)
        {
            var lineEnd = chunks.IndexOf("\r\n"u8);
            if (lineEnd < 0 || !int.TryParse(chunks[..lineEnd], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size)
                || chunks.Length < lineEnd + 2 + size + 2)
            {
                throw new IOException("The server's chunked answer ended inside a chunk.");
            }

            if (size == 0)
            {
                return data.ToArray();
            }

            data.Write(chunks.Slice(lineEnd + 2, size));
            chunks = chunks[(lineEnd + 2 + size + 2)..];
        }
    }
}
