using System.Diagnostics;
using BorderMap.App.Access;
using BorderMap.Storage.Tests;

namespace BorderMap.App.Tests.Hardening;

/// <summary>The token file is told changed by its content, and what is not a small regular file is refused at once.</summary>
public sealed class TokenFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bordermap-hardening-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_edit_that_keeps_size_and_modification_time_is_noticed()
    {
        var path = Path.Combine(_folder, "tokens");
        var (first, second) = (AccessToken.NewSecret(), AccessToken.NewSecret());
        TokenFile.Write(path, [new AccessToken(AccessRole.Reader, "Anvar", AccessToken.Hash(first))]);
        var (length, writtenAt) = (new FileInfo(path).Length, File.GetLastWriteTimeUtc(path));
        var clock = new ManualClock();
        var registry = new TokenRegistry(path, clock);
        Assert.NotNull(registry.Find(first, byCookie: false));

        // Same holder, another token of the same length: same size; the time is put back as it was.
        TokenFile.Write(path, [new AccessToken(AccessRole.Reader, "Anvar", AccessToken.Hash(second))]);
        File.SetLastWriteTimeUtc(path, writtenAt);
        Assert.Equal(length, new FileInfo(path).Length);
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Null(registry.Find(first, byCookie: false));
        Assert.NotNull(registry.Find(second, byCookie: false));
    }

    [Fact]
    public async Task Serve_refuses_a_FIFO_as_token_file_at_once()
    {
        var fifo = Path.Combine(_folder, "tokens");
        Assert.Equal(0, (await ExternalTool.Run("mkfifo", fifo)).ExitCode);

        await AssertServeRefuses(fifo, "is a FIFO (named pipe), not a regular file");
    }

    [Fact]
    public async Task Serve_refuses_a_huge_token_file_at_once()
    {
        var huge = Path.Combine(_folder, "tokens");
        await using (var file = File.Create(huge))
        {
            file.SetLength(TokenFile.MaxBytes + 1); // sparse: no disk is used
        }

        await AssertServeRefuses(huge, "is larger than 1,048,576 bytes");
    }

    [Fact]
    public async Task Tokens_add_writes_through_a_symbolic_link_and_keeps_it()
    {
        var realDirectory = Directory.CreateDirectory(Path.Combine(_folder, "etc")).FullName;
        var target = Path.Combine(realDirectory, "tokens");
        TokenFile.Write(target, []);
        var link = Path.Combine(_folder, "tokens-link");
        File.CreateSymbolicLink(link, target);

        var (exitCode, _, stderr) = await AppProcess.RunToEnd("tokens", "add", "--token-file", link, "--name", "Dilnoza", "--role", "reader");

        Assert.True(exitCode == 0, stderr);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Single(TokenFile.Read(target));
        Assert.Equal(["tokens"], Directory.GetFiles(realDirectory).Select(Path.GetFileName));
    }

    private static async Task AssertServeRefuses(string tokenFile, string message)
    {
        var clock = Stopwatch.StartNew();
        var (exitCode, _, stderr) = await AppProcess.RunToEnd("serve", "--port", "0", "--no-browser", "--token-file", tokenFile);

        Assert.Equal(2, exitCode);
        Assert.Contains($"cannot use the token file {tokenFile}: {message}", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }
}

/// <summary>A clock that moves only when told, for code that waits between checks.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
