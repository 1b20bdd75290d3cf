namespace BorderMap.Storage;

/// <summary>How hard a facet or histogram count tries to be exact where it must read claims one by one.</summary>
public enum CountMode
{
    /// <summary>Exact when that fits <see cref="IClaimStore.CountBudget"/>, else a flagged lower bound past <see cref="IClaimStore.CountCap"/>.</summary>
    WithinBudget,

    /// <summary>Exact within the longer <see cref="IClaimStore.CountExactBudget"/>, asked for by a user who saw a lower bound; the lower bound only when even that runs out.</summary>
    Exact,
}
