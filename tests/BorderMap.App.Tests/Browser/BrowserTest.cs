using Xunit.Abstractions;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// A test on a class's shared <see cref="BrowserSession"/>. When it ends, its output gets what its pages showed (console
/// errors, uncaught errors, failed and unanswered requests) and the server's last log lines: a wait that ran out says
/// what it waited for, this says why it never came. The console shows a test's output under its failure; the trx and
/// the IDE keep it. xUnit 2 tells neither a test nor a fixture whether the test failed, so every test writes it; a test
/// framework that added it to the failure's message replaced xUnit's runners and with them its limit on tests running
/// at once (bench/RESULTS.md, Test suite, remerge35).
/// </summary>
public abstract class BrowserTest(ITestOutputHelper output) : IDisposable
{
    protected abstract BrowserSession Session { get; }

    public void Dispose()
    {
        output.WriteLine($"--- what the app and its pages showed during this test ---\n{Session.EndTest()}");
        GC.SuppressFinalize(this);
    }
}
