using System.Net.Sockets;

namespace BorderMap.App.Cli;

/// <summary>Why <c>serve</c> could not open its socket, in one line with what to do about it.</summary>
internal static class ListenFailure
{
    /// <summary>The reason, or null when <paramref name="exception"/> is not a failure to listen.</summary>
    public static string? Describe(Exception exception)
    {
        var socket = Innermost<SocketException>(exception);
        return socket?.SocketErrorCode switch
        {
            SocketError.AddressAlreadyInUse => "the port is in use by another program. Pass --port with another port, or 0 for any free one.",
            SocketError.AddressNotAvailable => "no network interface of this machine has that address. Pass --bind with one of its addresses, or 0.0.0.0 for all.",
            SocketError.AccessDenied => "permission denied (ports below 1024 need privileges). Pass --port with a port of 1024 or more.",
            not null => $"{socket.Message}.",
            null when exception is IOException io => io.Message.ReplaceLineEndings(" "),
            null => null,
        };
    }

    private static T? Innermost<T>(Exception exception)
        where T : Exception
    {
        T? found = null;
        for (var e = exception; e is not null; e = e.InnerException)
        {
            found = e as T ?? found;
        }

        return found;
    }
}
