namespace BorderMap.Storage;

/// <summary>How far a store has been written: the fids of its last history entry and its last source. It grows with every write.</summary>
public readonly record struct StorePosition(long History, long Sources);
