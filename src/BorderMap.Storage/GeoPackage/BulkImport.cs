using BorderMap.Core.Claims;
using BorderMap.Core.Sources;

namespace BorderMap.Storage.GeoPackage;

/// <summary>
/// Imports many drafts inside one write transaction, in three passes: look up what the store
/// holds for each id (sequential, on the transaction's connection); validate, place and serialise
/// every claim and history entry (parallel: pure computation); write the rows (sequential). The
/// R-tree's write triggers are dropped for the last pass and the index rows written directly,
/// because the triggers' per-row ST_* calls would cost more than everything else together; the
/// triggers are created again before the transaction commits, so no reader ever sees them gone.
/// Every problem of every draft is collected before anything is written.
/// </summary>
internal sealed class BulkImport(ClaimTables tables, ClaimPreparer preparer, Func<string, Source?> findSource, DateTimeOffset now)
{
    // Filled in the sequential pass: the parallel pass must not touch the connection.
    private readonly Dictionary<string, Source?> _sources = new(StringComparer.Ordinal);

    private const int ProgressEvery = 5000;

    public Func<(string Id, ClaimData Data, byte[] Geometry), Claim> Placed { get; init; } = null!;

    public ImportReport Run(IReadOnlyList<ClaimDraft> drafts, ImportOptions options, CancellationToken cancel)
    {
        var problems = new List<ImportProblem>();
        var plans = PlanAll(drafts, problems, cancel);
        var outcomes = new Outcome?[plans.Count];
        Parallel.For(0, plans.Count, new ParallelOptions { CancellationToken = cancel }, i => outcomes[i] = Prepare(plans[i]));
        foreach (var (plan, outcome) in plans.Zip(outcomes))
        {
            problems.AddRange(outcome!.Problems.Select(p => new ImportProblem(plan.Index, p.Field, p.Message)));
        }

        if (problems.Count > 0)
        {
            throw new ImportRejectedException([.. problems.OrderBy(p => p.Index)]);
        }

        var writes = outcomes.Where(o => o!.Row is not null).ToList();
        if (!options.DryRun)
        {
            Write(writes!, options, cancel);
        }

        options.Progress?.Report(drafts.Count);
        var created = writes.Count(o => o!.Action == HistoryAction.Create);
        return new ImportReport(created, writes.Count - created, plans.Count - writes.Count, options.DryRun);
    }

    private List<Plan> PlanAll(IReadOnlyList<ClaimDraft> drafts, List<ImportProblem> problems, CancellationToken cancel)
    {
        var plans = new List<Plan>(drafts.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var stored = tables.ClaimIds();
        var lastVersions = tables.LastHistoryVersions();
        for (var index = 0; index < drafts.Count; index++)
        {
            cancel.ThrowIfCancellationRequested();
            var draft = drafts[index];
            var id = ClaimPreparer.DeriveId(draft, candidate => seen.ContainsKey(candidate) || stored.Contains(candidate));
            if (!seen.TryAdd(id, index))
            {
                problems.Add(new ImportProblem(index, "id", $"'{id}' occurs more than once in the import (first at {seen[id] + 1})"));
                continue;
            }

            _sources.TryAdd(draft.Data.Source, findSource(draft.Data.Source));
            var existing = stored.Contains(id) && tables.FindClaim(id) is { } row ? Placed(row) : null;
            plans.Add(new Plan(index, id, draft, existing, existing is null ? lastVersions.GetValueOrDefault(id) + 1 : existing.Data.Version + 1));
        }

        return plans;
    }

    private Outcome Prepare(Plan plan)
    {
        var (draft, existing) = (plan.Draft, plan.Existing);
        var keep = draft.HasBookkeeping && existing is null;
        var (claim, problems) = preparer.Prepare(
            plan.Id,
            draft,
            id => _sources.GetValueOrDefault(id),
            keep ? draft.Data.CreatedAt : existing?.Data.CreatedAt ?? now,
            keep ? draft.Data.UpdatedAt : now,
            keep ? draft.Data.Version : plan.NextVersion);
        if (claim is null)
        {
            return Outcome.Nothing(problems);
        }

        if (existing is null)
        {
            return new Outcome([], ClaimRows.Serialize(claim), HistoryAction.Create, claim.Data.Version, null, ClaimGeoJson.FeatureText(claim));
        }

        if (ClaimGeoJson.Fingerprint(existing) == ClaimGeoJson.Fingerprint(claim))
        {
            return Outcome.Nothing([]);
        }

        if (draft.HasBookkeeping && draft.Data.Version != existing.Data.Version)
        {
            return Outcome.Nothing([new FieldProblem("version", $"the store has claim '{plan.Id}' at version {existing.Data.Version}, not {draft.Data.Version}; it was changed since this file was exported")]);
        }

        return new Outcome([], ClaimRows.Serialize(claim), HistoryAction.Update, claim.Data.Version, ClaimGeoJson.FeatureText(existing), ClaimGeoJson.FeatureText(claim));
    }

    private void Write(List<Outcome> writes, ImportOptions options, CancellationToken cancel)
    {
        tables.ExecuteDdl(GeoPackageSchema.DropClaimsIndexWriteTriggers);
        for (var i = 0; i < writes.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            if (i > 0 && i % ProgressEvery == 0)
            {
                options.Progress?.Report(i);
            }

            var write = writes[i];
            tables.WriteIndexed(write.Row!, isNew: write.Action == HistoryAction.Create);
            tables.AppendHistory(write.Row!.Id, write.Version, now, options.Actor, write.Action, write.OldValue, write.NewValue);
        }

        tables.ExecuteDdl(GeoPackageSchema.ClaimsIndexWriteTriggers);
    }

    private sealed record Plan(int Index, string Id, ClaimDraft Draft, Claim? Existing, int NextVersion);

    /// <summary>What to write for one draft: nothing (problems, or unchanged), or a row and its history entry.</summary>
    private sealed record Outcome(IReadOnlyList<FieldProblem> Problems, ClaimRow? Row, HistoryAction Action, int Version, string? OldValue, string? NewValue)
    {
        public static Outcome Nothing(IReadOnlyList<FieldProblem> problems) => new(problems, null, default, 0, null, null);
    }
}
