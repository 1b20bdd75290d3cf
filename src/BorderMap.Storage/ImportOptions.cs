using BorderMap.Core.Sources;

namespace BorderMap.Storage;

/// <summary>
/// How an import treats its drafts. A draft whose id is new is created. A draft whose id exists is
/// left alone when its data equals the stored claim's, and otherwise updates it; if the draft
/// carries a version (it came from an export), that version must still be the stored one, so an
/// import never overwrites an edit made since the export.
/// </summary>
/// <param name="DryRun">Check everything, write nothing.</param>
/// <param name="Actor">Recorded in the history entries.</param>
/// <param name="Progress">Told how many drafts have been written so far, every few thousand.</param>
/// <param name="Sources">
/// The sources a bundle carries (see <see cref="Interchange.BundleSources"/>), registered with
/// their own ids in the same transaction, before the claims; one whose id is registered already
/// must have the same SHA-256, and is left as it is.
/// </param>
/// <param name="Events">
/// The events a bundle carries (see <see cref="Interchange.BundleEvents"/>), created with their own
/// ids after the claims, in the same transaction (<see cref="Writes.BundledEvents"/>); not written by a dry run.
/// </param>
/// <param name="LargeFrom">
/// The fewest claims an import must have created before it counts as large beside its store
/// (<see cref="Writes.ImportScale"/>); lowered only to exercise the large route with few claims.
/// </param>
/// <param name="ChunkSize">
/// The most drafts the import reads, prepares and writes at a time (<see cref="Writes.ChunkedImport"/>); the
/// backend's own chunk size is the most it takes. Lowered only to exercise an import of several
/// chunks with few claims: an import counts as large from one full chunk, so it also lowers <paramref name="LargeFrom"/>.
/// </param>
public sealed record ImportOptions(bool DryRun = false, string? Actor = null, IProgress<int>? Progress = null, IReadOnlyList<Source>? Sources = null, IReadOnlyList<Events.EventDraft>? Events = null, int LargeFrom = Writes.ImportScale.LeastClaims, int ChunkSize = Writes.ChunkedImport.ChunkSize);

/// <summary>What an import did (or, for a dry run, would do).</summary>
public sealed record ImportReport(int Created, int Updated, int Unchanged, bool DryRun);
