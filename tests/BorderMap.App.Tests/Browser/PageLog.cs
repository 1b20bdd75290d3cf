using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Playwright;

namespace BorderMap.App.Tests.Browser;

/// <summary>
/// What the pages of one test showed of their side: console errors and warnings, uncaught errors, requests that failed
/// or answered an error, and the requests still waiting for an answer. A failed wait reads it to say why the state it
/// waited for never came. Playwright raises these events on its own thread: thread-safe.
/// </summary>
internal sealed class PageLog
{
    private const int Kept = 40;

    private readonly ConcurrentQueue<string> _events = new();
    private readonly ConcurrentDictionary<IRequest, DateTime> _waiting = new();

    public void Watch(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => Add($"uncaught: {error}");
        page.Request += (_, request) => _waiting[request] = DateTime.UtcNow;
        page.RequestFinished += (_, request) => _waiting.TryRemove(request, out DateTime _);
        page.RequestFailed += (_, request) =>
        {
            _waiting.TryRemove(request, out DateTime _);
            Add($"request failed ({request.Failure}): {request.Method} {request.Url}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Add($"answered {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    /// <summary>The page events so far and the requests without an answer, with the time each was asked.</summary>
    public string Describe()
    {
        var events = _events.IsEmpty ? "(none)" : string.Join('\n', _events);
        var waiting = _waiting.IsEmpty
            ? "(none)"
            : string.Join('\n', _waiting.OrderBy(w => w.Value).Select(w => $"since {Time(w.Value)}: {w.Key.Method} {w.Key.Url}"));
        return $"page events:\n{events}\nrequests without an answer at {Time(DateTime.UtcNow)}:\n{waiting}";
    }

    private void Add(string text)
    {
        _events.Enqueue($"{Time(DateTime.UtcNow)} {text}");
        while (_events.Count > Kept && _events.TryDequeue(out _))
        {
        }
    }

    private static string Time(DateTime utc) => utc.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
}
