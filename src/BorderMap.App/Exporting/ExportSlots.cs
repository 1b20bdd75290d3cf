using System.Globalization;
using BorderMap.App.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BorderMap.App.Exporting;

/// <summary>
/// How many map exports the server renders at once (<see cref="ServerOptions.MaxConcurrentExports"/>).
/// Each export holds its whole image in memory, so without a bound a few parallel requests from one
/// reader could exhaust it. A request over the bound is not queued: it is answered at once with
/// 503 and <c>Retry-After</c>, so a flood costs the server nothing and the web map can say "busy".
/// </summary>
internal sealed class ExportSlots(ServerOptions options) : IDisposable
{
    /// <summary>Seconds a refused client is told to wait: about what one export takes.</summary>
    public const int RetryAfterSeconds = 5;

    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentExports, options.MaxConcurrentExports);

    public int Limit { get; } = options.MaxConcurrentExports;

    /// <summary>A slot, released when disposed, or null when every slot is taken.</summary>
    public IDisposable? TryTake() => _slots.Wait(TimeSpan.Zero) ? new Slot(_slots) : null;

    /// <summary>The 503 answer when every slot is taken, with <c>Retry-After</c> set on <paramref name="response"/>.</summary>
    public ProblemHttpResult Busy(HttpResponse response)
    {
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Exports busy", detail: string.Create(CultureInfo.InvariantCulture, $"This BorderMap draws at most {Limit} map exports at a time and all are in progress; retry in {RetryAfterSeconds} s."));
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
