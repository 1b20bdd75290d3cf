namespace BorderMap.App.Access;

/// <summary>Ends a request that the access rules turn away, with a problem+json body that says why and what to do.</summary>
internal static class Refusal
{
    public static Task Send(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);

    /// <summary>Whether the request may change state (anything but GET, HEAD and OPTIONS).</summary>
    public static bool Changes(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
}
