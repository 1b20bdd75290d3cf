using System.Globalization;
using BorderMap.Storage;
using BorderMap.Storage.Interchange;

namespace BorderMap.App.Cli;

/// <summary>
/// One pass of <c>bordermap claims import</c> over the file: turns its rows into the drafts the
/// store reads, as the store reads them, and keeps only what does not grow with the file: the
/// number of rows, the ordinals of unreadable rows (to map the store's draft indexes back to file
/// positions; 8 bytes per bad row) and the first <see cref="ImportProblemListing.MaxListed"/> of
/// their problems. Prints a progress line every <see cref="ProgressEvery"/> rows.
/// </summary>
/// <param name="stopAtUnreadable">
/// Throw <see cref="UnreadableRowException"/> at the first unreadable row, so that a real import
/// stops before the store could write anything; the caller then checks the file in a dry-run pass.
/// </param>
internal sealed class ClaimsImportPass(bool stopAtUnreadable)
{
    private const int ProgressEvery = 100_000;

    private readonly List<long> _skipped = [];
    private readonly List<ListedProblem> _problems = [];

    /// <summary>Rows read so far, readable or not.</summary>
    public long RowCount { get; private set; }

    /// <summary>Rows that could not be read and were not passed to the store.</summary>
    public IReadOnlyList<long> SkippedOrdinals => _skipped;

    /// <summary>The first problems of unreadable rows, in file order.</summary>
    public IReadOnlyList<ListedProblem> ReaderProblems => _problems;

    /// <summary>How many problems unreadable rows had, listed or not.</summary>
    public long ReaderProblemCount { get; private set; }

    /// <summary>The drafts of the readable rows, in file order; the draft at index i is the i-th readable row.</summary>
    public IEnumerable<ClaimDraft> Drafts(IEnumerable<ImportRow> rows)
    {
        foreach (var row in rows)
        {
            var ordinal = RowCount++;
            if (RowCount % ProgressEvery == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {RowCount} claims read"));
            }

            if (row.Draft is { } draft)
            {
                yield return draft;
                continue;
            }

            if (stopAtUnreadable)
            {
                throw new UnreadableRowException(row.Position);
            }

            Skip(ordinal, row);
        }
    }

    private void Skip(long ordinal, ImportRow row)
    {
        _skipped.Add(ordinal);
        foreach (var problem in row.Problems)
        {
            ReaderProblemCount++;
            if (_problems.Count < ImportProblemListing.MaxListed)
            {
                _problems.Add(new ListedProblem(ordinal, row.Position, problem.Field, problem.Message));
            }
        }
    }
}

/// <summary>One problem as printed: the row's ordinal in the file (for ordering), its position, field and reason.</summary>
internal sealed record ListedProblem(long Ordinal, string Position, string Field, string Message);

/// <summary>A real import met an unreadable row; nothing may be written, and the file is checked again as a dry run.</summary>
internal sealed class UnreadableRowException(string position) : Exception($"{position} cannot be read")
{
    public string Position { get; } = position;
}
