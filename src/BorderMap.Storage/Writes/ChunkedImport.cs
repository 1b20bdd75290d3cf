using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage.Writes;

/// <summary>
/// One import, read from its sequence of drafts a chunk at a time, a chunk ahead on a thread of its
/// own (<see cref="ChunkPrefetch{T}"/>), so that memory holds a few chunks however large the file. For each chunk: look up what the store holds for its ids and sources (a
/// few set-wise queries, on the transaction's thread); validate, place and derive every claim (in
/// parallel, in the background: pure computation); write the chunk in bulk. The writing of one
/// chunk overlaps the preparing of the next, so the transaction's thread seldom waits for the
/// other cores. Problems are collected from every chunk; after the first one nothing more is
/// written, the rest is only checked, so that every problem is reported at once, and the caller
/// rolls the transaction back. Ids are checked for repeats through the transaction
/// (<see cref="IClaimTransaction.MarkImported"/>), not a set in memory. Once the import is large
/// beside the store, the backend is told it may leave the indexes for the end (<see cref="ImportScale"/>).
/// </summary>
internal sealed class ChunkedImport(ClaimWrites writes, IClaimTransaction tx, ImportOptions options, DateTimeOffset now, IReadOnlyDictionary<string, Source> bundled)
{
    /// <summary>The most drafts a chunk holds; a backend (<see cref="IClaimTransaction.ImportChunkSize"/>) or the import (<see cref="ImportOptions.ChunkSize"/>) may ask for fewer.</summary>
    public const int ChunkSize = ImportScale.LeastClaims;

    private readonly Func<ClaimRecord, HistoryRecord, object>? _rowOf = tx.ImportRowOf;

    private readonly List<ImportProblem> _problems = [];
    private readonly Func<string, Source?> _findSource = writes.SourcesVia(tx, bundled);
    private readonly int _chunkSize = ChunkSizeOf(tx, options);

    // Large from one full chunk: chunks smaller than the threshold would write the first few with every index.
    private readonly ImportScale _scale = new(tx, Math.Min(options.LargeFrom, ChunkSizeOf(tx, options)));
    private bool _indexesDeferred;
    private int _chunksWritten;
    private bool _truncated;
    private int _created;
    private int _updated;
    private int _unchanged;

    public ImportReport Run(IEnumerable<ClaimDraft> drafts, CancellationToken cancel)
    {
        var index = 0;
        var written = 0;
        Prepared? previous = null;
        using var chunks = new ChunkPrefetch<ClaimDraft>(drafts, _chunkSize, cancel);
        while (chunks.Next() is { } chunk)
        {
            cancel.ThrowIfCancellationRequested();
            var next = Start(chunk, index, cancel);
            index += chunk.Length;
            if (previous is not null)
            {
                written += Finish(previous);
                options.Progress?.Report(written);
            }

            previous = next;
        }

        if (previous is not null)
        {
            written += Finish(previous);
            options.Progress?.Report(written);
        }

        if (_problems.Count > 0)
        {
            throw new ImportRejectedException([.. _problems.OrderBy(p => p.Index)], _truncated);
        }

        if (!options.DryRun)
        {
            tx.FinishImport();
        }

        return new ImportReport(_created, _updated, _unchanged, options.DryRun);
    }

    private static int ChunkSizeOf(IClaimTransaction tx, ImportOptions options) => Math.Clamp(Math.Min(tx.ImportChunkSize, options.ChunkSize), 1, ChunkSize);

    /// <summary>The chunk's drafts with their ids, and the problems of ids repeated within the import (reported when the chunk is finished, in order).</summary>
    private (List<Plan> Plans, List<ImportProblem> Repeats) PlanChunk(ClaimDraft[] chunk, int firstIndex)
    {
        var ids = new Dictionary<string, int>(chunk.Length, StringComparer.Ordinal);
        var plans = new List<Plan>(chunk.Length);
        var repeats = new List<ImportProblem>();
        // One delegate for the chunk: a lambda that captures is a new delegate wherever it is written.
        Func<string, bool> isTaken = candidate => ids.ContainsKey(candidate) || tx.IdTakenInImport(candidate);
        for (var i = 0; i < chunk.Length; i++)
        {
            var index = firstIndex + i;
            var id = ClaimPreparer.DeriveId(chunk[i], isTaken);
            if (ids.TryAdd(id, index))
            {
                plans.Add(new Plan(index, id, chunk[i]));
            }
            else
            {
                repeats.Add(new ImportProblem(index, "id", $"'{id}' occurs more than once in the import (first at {ids[id] + 1})"));
            }
        }

        foreach (var (id, first) in tx.MarkImported([.. plans.Select(p => (p.Id, p.Index))]))
        {
            var repeat = plans.First(p => p.Id == id);
            plans.Remove(repeat);
            repeats.Add(new ImportProblem(repeat.Index, "id", $"'{id}' occurs more than once in the import (first at {first + 1})"));
        }

        return (plans, repeats);
    }

    /// <summary>
    /// Looks up, on the transaction's thread, what the chunk's claims need from the store, then
    /// prepares them on the other cores while the caller writes the chunk before. The preparation
    /// reads only what was looked up here, never the transaction.
    /// </summary>
    private Prepared Start(ClaimDraft[] chunk, int firstIndex, CancellationToken cancel)
    {
        var (plans, repeats) = PlanChunk(chunk, firstIndex);
        var ids = plans.Select(p => p.Id).ToList();
        var existing = tx.FindClaims(ids);
        var lastVersions = tx.LastHistoryVersions(ids);
        var sources = plans.Select(p => p.Draft.Data.Source).Distinct(StringComparer.Ordinal).ToDictionary(id => id, _findSource, StringComparer.Ordinal);
        // One delegate for the chunk, not one a claim as a local function passed in the loop would be.
        Func<string, Source?> findSource = id => sources.GetValueOrDefault(id);
        var outcomes = Task.Run(
            () =>
            {
                var prepared = new Outcome[plans.Count];
                Parallel.For(0, plans.Count, new ParallelOptions { CancellationToken = cancel }, i =>
                {
                    var plan = plans[i];
                    prepared[i] = Prepare(plan, existing.GetValueOrDefault(plan.Id), lastVersions.TryGetValue(plan.Id, out var last) ? last : 0, findSource);
                });
                return prepared;
            },
            cancel);
        return new Prepared(plans, repeats, chunk.Length, outcomes);
    }

    /// <summary>Waits for a chunk's preparation, collects its problems and writes it unless there are any; answers how many drafts it had.</summary>
    private int Finish(Prepared chunk)
    {
        var outcomes = chunk.Outcomes.GetAwaiter().GetResult();
        foreach (var repeat in chunk.Repeats)
        {
            Problem(repeat);
        }

        foreach (var (plan, outcome) in chunk.Plans.Zip(outcomes))
        {
            foreach (var problem in outcome.Problems)
            {
                Problem(new ImportProblem(plan.Index, problem.Field, problem.Message));
            }
        }

        Count(outcomes);
        if (_problems.Count == 0 && !options.DryRun)
        {
            Write(chunk.Plans, outcomes);
        }

        return chunk.Size;
    }

    /// <summary>Pure: runs in parallel, so it reads only the sources the sequential pass looked up.</summary>
    private Outcome Prepare(Plan plan, Claim? old, int lastVersion, Func<string, Source?> findSource)
    {
        var draft = plan.Draft;
        var keep = draft.HasBookkeeping && old is null;
        var (claim, problems) = writes.Preparer.Prepare(
            plan.Id,
            draft,
            findSource,
            keep ? draft.Data.CreatedAt : old?.Data.CreatedAt ?? now,
            keep ? draft.Data.UpdatedAt : now,
            keep ? draft.Data.Version : old is null ? lastVersion + 1 : old.Data.Version + 1);
        if (claim is null)
        {
            return new Outcome(problems, null);
        }

        if (old is null)
        {
            return new Outcome([], Change(writes.Record(claim), null));
        }

        if (ClaimGeoJson.Fingerprint(old) == ClaimGeoJson.Fingerprint(claim))
        {
            return new Outcome([], null);
        }

        if (draft.HasBookkeeping && draft.Data.Version != old.Data.Version)
        {
            return new Outcome([new FieldProblem("version", $"the store has claim '{plan.Id}' at version {old.Data.Version}, not {draft.Data.Version}; it was changed since this file was exported")], null);
        }

        return new Outcome([], Change(writes.Record(claim), old));
    }

    /// <summary>
    /// A create (no <paramref name="old"/> claim) or an update, with its history entry and the backend's row. The entry
    /// has no new value: neither store keeps one for the version an entry made (<see cref="ClaimHistoryVersions"/>).
    /// </summary>
    private ImportWrite Change(ClaimRecord record, Claim? old)
    {
        var (claim, action) = (record.Claim, old is null ? HistoryAction.Create : HistoryAction.Update);
        var history = new HistoryRecord(claim.Id, claim.Data.Version, now, options.Actor, action, old is null ? null : ClaimGeoJson.FeatureText(old));
        return new ImportWrite(record, old?.Data.Version, history, _rowOf?.Invoke(record, history));
    }

    private void Count(Outcome[] outcomes)
    {
        var writes = outcomes.Where(o => o.Write is not null).ToList();
        var created = writes.Count(o => o.Write!.ExpectedVersion is null);
        _created += created;
        _updated += writes.Count - created;
        _unchanged += outcomes.Count(o => o.Write is null && o.Problems.Count == 0);
    }

    private void Write(List<Plan> plans, Outcome[] outcomes)
    {
        var written = outcomes.Where(o => o.Write is not null).Select(o => o.Write!).ToList();
        if (!_indexesDeferred && _scale.IsLargeWith(written.Count(w => w.ExpectedVersion is null)))
        {
            // Sources a bundle registers are written before the claims, into the store itself.
            if (!(_chunksWritten == 0 && options.Sources is not { Count: > 0 } && tx.StageImport()))
            {
                tx.DeferIndexes();
            }

            _indexesDeferred = true;
        }

        _chunksWritten++;

        var stale = tx.WriteImportChunk(written);
        if (stale.Count > 0)
        {
            var indexes = plans.ToDictionary(p => p.Id, p => p.Index, StringComparer.Ordinal);
            throw new ImportRejectedException([.. stale.Select(id => new ImportProblem(indexes[id], "version", $"claim '{id}' was changed by another writer during the import"))]);
        }

        // Only an updated claim can be in an event already.
        Events.EventDerivation.RefreshEventsOf(tx.Events(), [.. written.Where(w => w.ExpectedVersion is not null).Select(w => w.Record.Claim.Id)]);
    }

    private void Problem(ImportProblem problem)
    {
        if (_problems.Count < ImportRejectedException.MaxProblems)
        {
            _problems.Add(problem);
        }
        else
        {
            _truncated = true;
        }
    }

    private sealed record Plan(int Index, string Id, ClaimDraft Draft);

    /// <summary>A chunk of <paramref name="Size"/> drafts (repeated ids left out of its plans) whose preparation may still be running.</summary>
    private sealed record Prepared(List<Plan> Plans, List<ImportProblem> Repeats, int Size, Task<Outcome[]> Outcomes);

    /// <summary>What to write for one draft: nothing (problems, or unchanged), or the claim and its history entry.</summary>
    private sealed record Outcome(IReadOnlyList<FieldProblem> Problems, ImportWrite? Write);
}
