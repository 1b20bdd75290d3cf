namespace BorderMap.App.Access;

/// <summary>
/// The tokens a running server accepts, read from the token file and read again when the file
/// changes (checked at most once a second), so adding or revoking a token needs no restart. If an
/// edit leaves the file unusable, every request is refused until it is fixed: serving on with the
/// old tokens would keep a revoked token working.
/// </summary>
internal sealed class TokenRegistry
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly TimeProvider _clock;
    private State _state;

    /// <exception cref="TokenFileException">the file cannot be used now; the server should not start.</exception>
    public TokenRegistry(string path, TimeProvider clock)
    {
        Path = System.IO.Path.GetFullPath(path);
        _clock = clock;
        _state = Load(Stamp(), throwOnError: true);
    }

    public string Path { get; }

    /// <summary>Whether the file has become unusable since the server started; while it is, <see cref="Find"/> knows no token.</summary>
    public bool Unusable => Current().Unusable;

    /// <summary>The caller a secret belongs to, or null for an unknown or revoked one.</summary>
    public Caller? Find(string secret, bool byCookie) =>
        Current().ByHash.TryGetValue(AccessToken.Hash(secret), out var token) ? new Caller(token.Name, token.Role, byCookie) : null;

    private State Current()
    {
        lock (_lock)
        {
            var now = _clock.GetUtcNow();
            if (now - _state.CheckedAt >= CheckInterval)
            {
                var stamp = Stamp();
                _state = stamp == _state.Stamp ? _state with { CheckedAt = now } : Load(stamp, throwOnError: false);
            }

            return _state;
        }
    }

    private State Load(FileStamp stamp, bool throwOnError)
    {
        try
        {
            var tokens = TokenFile.Read(Path);
            return new State(stamp, _clock.GetUtcNow(), tokens.ToDictionary(t => t.Sha256, StringComparer.Ordinal), Unusable: false);
        }
        catch (TokenFileException e) when (!throwOnError)
        {
            Console.Error.WriteLine($"bordermap: refusing every request until the token file is fixed: {e.Message}");
            return new State(stamp, _clock.GetUtcNow(), new Dictionary<string, AccessToken>(), Unusable: true);
        }
    }

    private FileStamp Stamp()
    {
        var file = new FileInfo(Path);
        return file.Exists ? new FileStamp(file.LastWriteTimeUtc, file.Length) : new FileStamp(DateTime.MinValue, -1);
    }

    private readonly record struct FileStamp(DateTime WrittenAt, long Length);

    private sealed record State(FileStamp Stamp, DateTimeOffset CheckedAt, IReadOnlyDictionary<string, AccessToken> ByHash, bool Unusable);
}
