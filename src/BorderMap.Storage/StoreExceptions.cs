using BorderMap.Core.Claims;

namespace BorderMap.Storage;

/// <summary>The input breaks a rule; nothing was written. Each problem names its field.</summary>
public sealed class StoreValidationException(IReadOnlyList<FieldProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")))
{
    public IReadOnlyList<FieldProblem> Problems { get; } = problems;
}

/// <summary>
/// A write named a version the claim no longer has (or created an id that exists). Carries what the
/// store holds now, so the client can merge and retry; <see cref="Current"/> is null when the claim
/// has since been deleted.
/// </summary>
public sealed class ClaimConflictException(string id, Claim? current, string message) : Exception(message)
{
    public string Id { get; } = id;

    public Claim? Current { get; } = current;
}

/// <summary>No current claim has the id.</summary>
public sealed class ClaimNotFoundException(string id) : Exception($"There is no claim with the id '{id}'.")
{
    public string Id { get; } = id;
}

/// <summary>
/// An import had bad drafts; nothing was written. <see cref="ImportProblem.Index"/> is the draft's
/// position in the import. At most <see cref="MaxProblems"/> problems are kept; <see cref="Truncated"/> says when there were more.
/// </summary>
public sealed class ImportRejectedException(IReadOnlyList<ImportProblem> problems, bool truncated = false)
    : Exception($"{problems.Count}{(truncated ? " or more" : string.Empty)} problem(s); nothing was imported")
{
    public const int MaxProblems = 1000;

    public IReadOnlyList<ImportProblem> Problems { get; } = problems;

    public bool Truncated { get; } = truncated;
}

/// <summary>One bad field of the draft at <see cref="Index"/>.</summary>
public sealed record ImportProblem(int Index, string Field, string Message);

/// <summary>The store file cannot be used: it is not a BorderMap GeoPackage, or SQLite cannot read it.</summary>
public sealed class StoreFormatException(string path, string detail) : Exception($"{path}: {detail}")
{
    public string Path { get; } = path;
}

/// <summary>No claim of that source version has a re-anchoring record.</summary>
public sealed class AnchorNotFoundException(string sourceId, string claimId)
    : Exception($"Source '{sourceId}' has no re-anchored quote of claim '{claimId}'.")
{
    public string SourceId { get; } = sourceId;

    public string ClaimId { get; } = claimId;
}
