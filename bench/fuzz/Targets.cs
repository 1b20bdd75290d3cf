using System.Text;
using BorderMap.Core.Claims;
using BorderMap.Core.Queries;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Sequences;
using BorderMap.Storage;
using BorderMap.Storage.Interchange;
using CsCheck;
using static BorderMap.Fuzz.ContractException;

namespace BorderMap.Fuzz;

/// <summary>
/// The parsers of untrusted input and their contracts. A claims file reader either yields rows
/// (each a draft the store then prepares, or problems naming a field) or throws
/// <see cref="ClaimFileException"/> naming a position; anything else it throws is a crash. A
/// parameter parser returns a request or problems naming known parameters, and never throws.
/// </summary>
internal sealed class Targets(Seeds seeds)
{
    private static readonly DateOnly Today = new(2021, 7, 20);
    private static readonly DateTimeOffset Now = new(2021, 7, 20, 12, 0, 0, TimeSpan.Zero);

    private readonly ClaimPreparer _preparer = new(seeds.Data.Areas);

    public IEnumerable<IFuzzTarget> All =>
    [
        new FuzzTarget<byte[]>("geojson-bytes", Mutations.Of(seeds.GeoJson, Tokens.ForJson), ReadGeoJson, Mutations.Show),
        new FuzzTarget<byte[]>("geojson-fields", StructuredEdits.GeoJson(seeds.GeoJson), ReadGeoJson, Mutations.Show),
        new FuzzTarget<byte[]>("geojson-bundle", Mutations.Of(seeds.Bundle, Tokens.ForJson), ReadGeoJson, Mutations.Show),
        new FuzzTarget<byte[]>("csv-bytes", Mutations.Of(seeds.Csv, Tokens.ForCsv), ReadCsv, Mutations.Show),
        new FuzzTarget<byte[]>("csv-cells", StructuredEdits.Csv(seeds.Csv), ReadCsv, Mutations.Show),
        new FuzzTarget<string?[]>("query-filters", Parameters(ClaimFilterParser.ParameterNames), ParseFilter, Show(ClaimFilterParser.ParameterNames)),
        new FuzzTarget<string?[]>("export-options", Parameters(ExportRequestParser.ParameterNames), ParseExport, Show(ExportRequestParser.ParameterNames)),
        new FuzzTarget<string?[]>("sequence-options", Parameters(SequenceNames), ParseSequence, Show(SequenceNames)),
    ];

    private static IReadOnlyList<string> SequenceNames { get; } = [.. SequenceRequestParser.ParameterNames, .. ExportRequestParser.ParameterNames];

    private void ReadGeoJson(byte[] document)
    {
        try
        {
            GeoJsonClaimFile.ReadSources(new MemoryStream(document));
            foreach (var row in GeoJsonClaimFile.Read(new MemoryStream(document)))
            {
                Prepare(row);
            }
        }
        catch (ClaimFileException e)
        {
            Require(e.Position.Length > 0 && e.Message.Length > e.Position.Length + 2, "a file error names its position and reason");
        }
    }

    private void ReadCsv(byte[] document)
    {
        try
        {
            using var reader = new StreamReader(new MemoryStream(document), new UTF8Encoding(false, throwOnInvalidBytes: false));
            foreach (var row in ClaimCsv.Read(reader, seeds.Data.Areas))
            {
                Prepare(row);
            }
        }
        catch (ClaimFileException e)
        {
            Require(e.Position.Length > 0 && e.Message.Length > e.Position.Length + 2, "a file error names its position and reason");
        }
    }

    /// <summary>What the store does with a row it is given: refuse it with named problems, or validate and place its draft.</summary>
    private void Prepare(ImportRow row)
    {
        if (row.Draft is not { } draft)
        {
            Require(row.Problems.Count > 0 && row.Problems.All(p => p.Field.Length > 0), $"{row.Position}: an unreadable row names its fields");
            return;
        }

        var id = ClaimPreparer.DeriveId(draft, _ => false);
        var (claim, problems) = _preparer.Prepare(id, draft, seeds.Data.FindSource, Now, Now, 1);
        Require(claim is not null || problems.All(p => p.Field.Length > 0) && problems.Count > 0, $"{row.Position}: a refused claim names its fields");
    }

    private void ParseFilter(string?[] values)
    {
        var (filter, problems) = new ClaimFilterParser(seeds.Data.Areas).Parse(Lookup(ClaimFilterParser.ParameterNames, values));
        Answered(filter, problems, ClaimFilterParser.ParameterNames);
    }

    private void ParseExport(string?[] values)
    {
        var parser = new ExportRequestParser(seeds.Data.Areas, id => id == "known-claim");
        var (request, problems) = parser.Parse(Lookup(ExportRequestParser.ParameterNames, values), Today);
        Answered(request, problems, ExportRequestParser.ParameterNames);
        if (request is not null)
        {
            Require(request.Page.PixelWidth > 0 && request.Page.PixelHeight > 0 && request.FileName.Length > 0, "a map has pixels and a file name");
        }
    }

    private void ParseSequence(string?[] values)
    {
        var maps = new ExportRequestParser(seeds.Data.Areas, id => id == "known-claim");
        var lookup = Lookup(SequenceNames, values);
        var (request, problems) = new SequenceRequestParser(maps, () => true).Parse(lookup, Today);
        Answered(request, problems, SequenceNames);
        if (request is not null)
        {
            Require(request.Frames.Count is > 0 and <= FramePlan.MaxFrames, "a sequence has between 1 and 1,000 frames");
            Require(request.Template.Page.PixelWidth > 0 && request.Template.Page.PixelHeight > 0, "each frame has pixels");
        }
    }

    private static void Answered(object? request, IReadOnlyList<FieldProblem> problems, IReadOnlyList<string> names)
    {
        Require(request is null == problems.Count > 0, "a request comes exactly when there are no problems");
        Require(problems.All(p => names.Contains(p.Field, StringComparer.Ordinal)), $"problems name known parameters: {string.Join(", ", problems.Select(p => p.Field))}");
    }

    /// <summary>A value for each parameter: one of the dictionary's, or (half the time) none.</summary>
    private static Gen<string?[]> Parameters(IReadOnlyList<string> names)
    {
        var pool = Tokens.ForParameters;
        return Gen.Int[0, pool.Count * 2].Array[names.Count].Select(picks => picks.Select(i => i < pool.Count ? pool[i] : null).ToArray());
    }

    private static Func<string, string?> Lookup(IReadOnlyList<string> names, string?[] values)
    {
        var index = names.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        return name => index.TryGetValue(name, out var i) ? values[i] : null;
    }

    private static Func<string?[], string> Show(IReadOnlyList<string> names) =>
        values => string.Join("&", names.Zip(values).Where(p => p.Second is not null).Select(p => $"{p.First}={Mutations.Show(Encoding.UTF8.GetBytes(p.Second!))}"));
}
