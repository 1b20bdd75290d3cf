using BorderMap.Core.Tests;
using BorderMap.Rendering.Sequences;
using BorderMap.Storage.Tests.Reference;

namespace BorderMap.Rendering.Tests;

/// <summary>
/// Renders animations and small-multiples pages of the repository's data from named parameters, as
/// the API and CLI do, with a fixed date; the claims of the span come from the reference query over
/// the seed claims with the request's store filter, as the app's come from the store.
/// </summary>
internal static class Sequences
{
    private static readonly Lazy<ClaimIndex> Index = new(() => new ClaimIndex(RepositoryData.Data.Claims, RepositoryData.Data.Areas));

    public static (SequenceRequest? Request, IReadOnlyList<Core.Claims.FieldProblem> Problems) Parse(bool hasFfmpeg, params (string Name, string Value)[] parameters)
    {
        var values = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return new SequenceRequestParser(Exports.Parser(RepositoryData.Data), () => hasFfmpeg).Parse(values.GetValueOrDefault, Exports.Date);
    }

    public static T Request<T>(params (string Name, string Value)[] parameters)
        where T : SequenceRequest
    {
        var (request, problems) = Parse(hasFfmpeg: true, parameters);
        Assert.True(request is T, string.Join("; ", problems));
        return (T)request!;
    }

    public static AnimationExporter Animator => new(RepositoryData.Data.Areas, TownCatalogTests.Shared.Value, RepositoryData.Data.Sources);

    public static IReadOnlyList<Core.Claims.Claim> Claims(SequenceRequest request) => Index.Value.Query(request.StoreFilter);

    /// <summary>An animation's file (GIF or MP4).</summary>
    public static byte[] Animate(params (string Name, string Value)[] parameters)
    {
        var request = Request<AnimationRequest>([("animate", "true"), .. parameters]);
        using var output = new MemoryStream();
        Animator.Write(request, Claims(request), output);
        return output.ToArray();
    }

    /// <summary>A PNG sequence's files by name, in the order written.</summary>
    public static List<(string Name, byte[] Png)> Frames(params (string Name, string Value)[] parameters)
    {
        var request = Request<AnimationRequest>([("animate", "true"), ("format", "png-seq"), .. parameters]);
        var files = new List<(string, byte[])>();
        Animator.WriteFiles(request, Claims(request), (name, write) =>
        {
            using var file = new MemoryStream();
            write(file);
            files.Add((name, file.ToArray()));
        });
        return files;
    }

    public static byte[] SmallMultiples(params (string Name, string Value)[] parameters)
    {
        var request = Request<SmallMultiplesRequest>([("small-multiples", "true"), .. parameters]);
        using var output = new MemoryStream();
        new SmallMultiplesExporter(RepositoryData.Data.Areas).Write(request, Claims(request), output);
        return output.ToArray();
    }
}
