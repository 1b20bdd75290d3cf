using BorderMap.Storage;
using BorderMap.Storage.Interchange;

namespace BorderMap.App.Cli;

/// <summary>
/// The problems of a rejected import in file order: those of rows the reader could not read, and
/// those the store found in the readable rows' drafts. The store names a draft by its index among
/// the drafts it was given, so the ordinals of the skipped rows map it back to its row. At most
/// <see cref="MaxListed"/> are listed; the rest are counted.
/// </summary>
internal sealed class ImportProblemListing(string path, ClaimsImportPass pass, IReadOnlyList<ImportProblem> storeProblems)
{
    public const int MaxListed = 1000;

    /// <summary>Every problem, listed or not.</summary>
    public long Count => pass.ReaderProblemCount + storeProblems.Count;

    /// <summary>Rows with at least one problem.</summary>
    public long BadRows => pass.SkippedOrdinals.Count + storeProblems.Select(p => p.Index).Distinct().Count();

    /// <summary>The first <see cref="MaxListed"/> problems in file order.</summary>
    public IEnumerable<ListedProblem> Listed() => Merge(pass.ReaderProblems, StoreProblemsInFileOrder()).Take(MaxListed);

    private IEnumerable<ListedProblem> StoreProblemsInFileOrder()
    {
        var skipped = pass.SkippedOrdinals;
        var passed = 0; // skipped rows before the current draft's row
        foreach (var problem in storeProblems.OrderBy(p => p.Index))
        {
            // Draft d is the row at ordinal d + (skipped rows before it); the indexes only grow, so one walk suffices.
            while (passed < skipped.Count && skipped[passed] <= problem.Index + passed)
            {
                passed++;
            }

            var ordinal = problem.Index + passed;
            yield return new ListedProblem(ordinal, ClaimFiles.PositionOf(path, ordinal), ClaimFiles.FieldName(path, problem.Field), problem.Message);
        }
    }

    private static IEnumerable<ListedProblem> Merge(IEnumerable<ListedProblem> first, IEnumerable<ListedProblem> second)
    {
        using var a = first.GetEnumerator();
        using var b = second.GetEnumerator();
        bool hasA = a.MoveNext(), hasB = b.MoveNext();
        while (hasA || hasB)
        {
            if (hasA && (!hasB || a.Current.Ordinal <= b.Current.Ordinal))
            {
                yield return a.Current;
                hasA = a.MoveNext();
            }
            else
            {
                yield return b.Current;
                hasB = b.MoveNext();
            }
        }
    }
}
