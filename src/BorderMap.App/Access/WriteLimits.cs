using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;

namespace BorderMap.App.Access;

/// <summary>
/// Keeps one client from flooding a shared server: each editor (or the local user) may make at
/// most <see cref="ServerOptions.WritesPerMinute"/> changes a minute, in bursts of up to that
/// many, and no request body may be larger than <see cref="ServerOptions.MaxBodyBytes"/>. Both
/// refusals are problem+json that give the limit and, for the rate, when to retry.
/// </summary>
internal static class WriteLimits
{
    public static IApplicationBuilder UseWriteLimits(this IApplicationBuilder app, ServerOptions options)
    {
        var writes = app.ApplicationServices.GetRequiredService<WriteRateLimiter>();
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.ContentLength > options.MaxBodyBytes)
            {
                await TooLarge(context, options.MaxBodyBytes, request.ContentLength);
                return;
            }

            if (Refusal.Changes(request) && context.FindCaller() is { } caller)
            {
                using var lease = writes.Limiter.AttemptAcquire(caller.Name ?? string.Empty);
                if (!lease.IsAcquired)
                {
                    var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                    var seconds = (int)Math.Ceiling(wait.TotalSeconds);
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                    await Refusal.Send(
                        context,
                        StatusCodes.Status429TooManyRequests,
                        "Too many changes",
                        string.Create(CultureInfo.InvariantCulture, $"This BorderMap accepts at most {options.WritesPerMinute} changes a minute from {(caller.Name is null ? "one user" : $"'{caller.Name}'")}; retry in {seconds} s."));
                    return;
                }
            }

            if (request.ContentLength is null && context.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: true }
                && !await BufferAtMost(request, options.MaxBodyBytes))
            {
                await TooLarge(context, options.MaxBodyBytes, length: null);
                return;
            }

            await next(context);
        });
    }

    /// <summary>
    /// Reads a body sent without a length (chunked) into memory for the endpoint, or, past
    /// <paramref name="max"/> bytes, reads and drops the rest and returns false. Reading it to the
    /// end lets the refusal reach the client: closing a socket with unread data resets it.
    /// </summary>
    private static async Task<bool> BufferAtMost(HttpRequest request, long max)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > max)
            {
                await request.Body.CopyToAsync(Stream.Null, request.HttpContext.RequestAborted);
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        request.Body = buffer;
        request.HttpContext.Response.RegisterForDispose(buffer);
        return true;
    }

    private static Task TooLarge(HttpContext context, long max, long? length) =>
        Refusal.Send(
            context,
            StatusCodes.Status413PayloadTooLarge,
            "Request body too large",
            string.Create(
                CultureInfo.InvariantCulture,
                $"{(length is { } bytes ? $"The request body is {bytes:N0} bytes; this" : "The request body is larger than")} BorderMap accepts at most {max:N0} bytes ({max / 1024.0:0.#} KiB). Import large claim sets with `bordermap claims import` instead."));
}

/// <summary>One token bucket per editor, owned by the server's services so it is disposed with them.</summary>
internal sealed class WriteRateLimiter(ServerOptions options) : IDisposable
{
    public PartitionedRateLimiter<string> Limiter { get; } = PartitionedRateLimiter.Create<string, string>(editor =>
        RateLimitPartition.GetTokenBucketLimiter(editor, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.WritesPerMinute,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / options.WritesPerMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    public void Dispose() => Limiter.Dispose();
}
