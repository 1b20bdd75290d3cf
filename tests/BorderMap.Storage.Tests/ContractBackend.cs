namespace BorderMap.Storage.Tests;

/// <summary>
/// One backend as the store contract's tests reach it: it opens a test's store and, for the tests of
/// an upgrade, puts that store back where an earlier release left it. Each contract test has one, and
/// each backend writes it once, so that the contract's tests can sit in several classes, which xUnit
/// runs side by side, without a backend repeating these for each class.
/// </summary>
public abstract class ContractBackend
{
    /// <summary>Opens a new, empty store of the backend under test, seeded with <paramref name="seed"/>.</summary>
    public abstract Task<IClaimStore> OpenNewStoreAsync(StoreSeed seed);

    /// <summary>
    /// Opens a store of its own holding <see cref="TestData.Seed"/>, copied from one the backend created and
    /// seeded once: creating and seeding a store costs more than most tests' own work. Creating and seeding
    /// stay tested by the tests that call <see cref="OpenNewStoreAsync"/>.
    /// </summary>
    public abstract Task<IClaimStore> OpenSeededCopyAsync();

    /// <summary>Opens the store under test a second time, as another process would (the caller disposes it).</summary>
    public abstract Task<IClaimStore> OpenSameStoreAsync();

    /// <summary>Makes the store look like one from before box pages walked their index in position order; a backend that needed no change for them leaves it as it is.</summary>
    public abstract Task ForgetBoxPagePositionsAsync();

    /// <summary>Brings the store's statistics up to date, where a store plans its reads by them (PostgreSQL's <c>ANALYZE</c>), so that a word's estimate is what a store of long standing would have.</summary>
    public virtual Task AnalyzeAsync() => Task.CompletedTask;

    /// <summary>Makes the store look like one written before <c>claim_cells</c>, <c>claim_days</c> and <c>claim_cell_days</c> existed (the tables and what keeps them gone).</summary>
    public abstract Task ForgetCountTablesAsync();

    /// <summary>
    /// Makes the store look like one written before <c>claim_cells</c> had one row per cell at every
    /// zoom (GeoPackage derived tables version 4, PostGIS before migration 17): one row per cell and
    /// category, kept by that release's triggers.
    /// </summary>
    public abstract Task ForgetCellRowsAsync();

    /// <summary>Makes the store look like one written before events kept their derived status and the index of their boxes.</summary>
    public abstract Task ForgetEventDerivationAsync();

    /// <summary>How many of the store's history entries hold a stored new value.</summary>
    public abstract Task<long> CountStoredNewValuesAsync();

    /// <summary>Stores <paramref name="feature"/> as the new value of a claim's entry, as a release that stored new values left it.</summary>
    public abstract Task StoreNewValueAsAnEarlierReleaseAsync(string claimId, int version, string feature);

    /// <summary>Makes the store look like one written before page items were kept (no items, the schema of then).</summary>
    public abstract Task ForgetPageItemsAsync();

    /// <summary>Makes the store look like one written before the month rollups existed (the tables and what keeps them gone).</summary>
    public abstract Task ForgetMonthRollupsAsync();

    /// <summary>Makes the store look like one written before periods were widened: the days it filters by are each claim's stated dates.</summary>
    public abstract Task ForgetClaimPeriodsAsync();

    /// <summary>Makes the store look like one whose region rows hold no copies of their claims' dates and kinds.</summary>
    public abstract Task ForgetRegionFiltersAsync();

    /// <summary>Makes the store look like one from before the unused indexes were dropped; a backend that never had them leaves it as it is.</summary>
    public abstract Task ForgetUnusedIndexesDroppedAsync();
}
