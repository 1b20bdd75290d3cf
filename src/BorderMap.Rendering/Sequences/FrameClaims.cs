using BorderMap.Core.Claims;
using BorderMap.Rendering.Export;

namespace BorderMap.Rendering.Sequences;

/// <summary>
/// The claims of a whole sequence with their <see cref="ShownPeriod"/>s, and for each frame the
/// single-map request that draws it: the template with the frame's days as its date filter, the
/// frame's caption as the subtitle (after any subtitle of the template's), and its uncertain claims.
/// </summary>
internal sealed class FrameClaims(IReadOnlyList<Claim> claims)
{
    public const string PaleNote = "pale symbols: dated only to the week or month";

    private readonly (Claim Claim, ShownPeriod Period)[] _claims = [.. claims.Select(c => (c, ShownPeriod.Of(c.Data)))];

    /// <summary>The claims shown in <paramref name="frame"/>, in the store's order.</summary>
    public IReadOnlyList<Claim> In(FramePeriod frame) => [.. _claims.Where(c => c.Period.Overlaps(frame.From, frame.To)).Select(c => c.Claim)];

    public (ExportRequest Request, IReadOnlyList<Claim> Claims) Frame(ExportRequest template, FramePeriod frame, bool withCaption)
    {
        var shown = _claims.Where(c => c.Period.Overlaps(frame.From, frame.To)).ToList();
        var uncertain = shown.Where(c => c.Period.Uncertain).Select(c => c.Claim.Id).ToHashSet(StringComparer.Ordinal);
        var caption = uncertain.Count > 0 ? $"{frame.Caption} · {PaleNote}" : frame.Caption;
        var request = template with
        {
            Filter = template.Filter with { From = frame.From, To = frame.To },
            Subtitle = withCaption ? (template.Subtitle is { } subtitle ? $"{subtitle} · {caption}" : caption) : template.Subtitle,
            UncertainClaimIds = uncertain,
        };
        return (request, [.. shown.Select(c => c.Claim)]);
    }
}
