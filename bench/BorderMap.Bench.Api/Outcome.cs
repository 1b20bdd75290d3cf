namespace BorderMap.Bench.Api;

/// <summary>
/// What one timed request answered: its status (0 when no answer came), the milliseconds from
/// sending it until its whole body was read, the body's size, and what the kind read from the body
/// (features or hits, whether a <c>next</c> cursor came); for a 4xx answer the start of its body.
/// </summary>
internal sealed record Outcome(int Status, double Milliseconds, long Bytes, int? Items = null, bool? Next = null, string? Problem = null)
{
    /// <summary>Why the kind timed something other than what its label says, if it did.</summary>
    public string? Note { get; init; }

    public bool Succeeded => Status is >= 200 and < 300;
}
