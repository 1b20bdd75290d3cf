using BorderMap.Storage;

namespace BorderMap.App.Server;

/// <summary>
/// The one place where an exception that escapes an endpoint becomes a response: a storage failure
/// (<see cref="StorageFault"/>) is 503 naming its cause, with <c>Retry-After</c> when it may pass;
/// anything else is 500 problem+json that says nothing of the server's insides. A response that has
/// already started streaming cannot change its status, so the connection is aborted instead and the
/// client sees a truncated body, never a complete-looking one.
/// </summary>
internal static partial class FailureResponses
{
    private const int RetryAfterSeconds = 5;

    public static IApplicationBuilder UseFailureResponses(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }

            await WriteAsync(context, e);
        }
    });

    private static async Task WriteAsync(HttpContext context, Exception exception)
    {
        var response = context.Response;
        response.Clear();
        if (StorageFault.From(exception) is { } fault)
        {
            if (fault.MayPass)
            {
                response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Storage unavailable", detail: $"The claim store cannot be used: {fault.Cause}.")
                .ExecuteAsync(context);
            return;
        }

        LogUnhandled(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FailureResponses)), exception, context.Request.Path);
        await Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Internal error", detail: "The server failed to answer this request; the failure is in its log.")
            .ExecuteAsync(context);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled failure on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string path);
}
