namespace BorderMap.Core.Events;

/// <summary>How two claims, or all of an event's claims, compare on one attribute.</summary>
public enum Agreement
{
    /// <summary>Nothing to compare, or the values speak of different things (a total beside one crossing).</summary>
    Unknown,

    Agree,

    Contradict,
}

/// <summary>The verdict on one pair of claims, with the reason in words.</summary>
public sealed record PairVerdict(Agreement Agreement, string Reason)
{
    public static PairVerdict Unknown(string reason) => new(Agreement.Unknown, reason);

    public static PairVerdict Agree(string reason) => new(Agreement.Agree, reason);

    public static PairVerdict Contradict(string reason) => new(Agreement.Contradict, reason);
}
