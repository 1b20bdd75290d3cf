namespace BorderMap.App.Tests.Hardening.BadInput;

/// <summary>SIGTERM ends a running command cleanly: one line, no stack trace, the exit code of an interrupted command.</summary>
public sealed class TerminationTests
{
    [Fact]
    public async Task Serve_ends_cleanly_on_SIGTERM()
    {
        await using var server = await AppProcess.Serve("--store", StoreTestEnvironment.NewStorePath());

        var (exitCode, stderr) = await server.TerminateAsync();

        Assert.True(exitCode is 0 or 130 or 143, $"exit {exitCode}: {stderr}");
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
    }
}
