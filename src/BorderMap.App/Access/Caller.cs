namespace BorderMap.App.Access;

/// <summary>
/// Who sent a request. <see cref="Name"/> is the token holder's name, recorded as the actor of
/// every change they make; it is null when BorderMap serves one local user without tokens.
/// </summary>
internal sealed record Caller(string? Name, AccessRole Role, bool ByCookie)
{
    public static readonly Caller LocalUser = new(null, AccessRole.Editor, ByCookie: false);

    public bool CanEdit => Role == AccessRole.Editor;
}

internal static class CallerContext
{
    private static readonly object Key = new();

    public static void SetCaller(this HttpContext context, Caller caller) => context.Items[Key] = caller;

    /// <summary>The caller <see cref="AccessControl"/> let in; every request that reaches an endpoint but <c>/api/session</c> has one.</summary>
    public static Caller Caller(this HttpContext context) =>
        context.FindCaller() ?? throw new InvalidOperationException("AccessControl did not run before this endpoint.");

    /// <summary>The caller, or null for an anonymous request (which only <c>/api/session</c> and the page's files see).</summary>
    public static Caller? FindCaller(this HttpContext context) =>
        context.Items.TryGetValue(Key, out var caller) ? caller as Caller : null;
}
