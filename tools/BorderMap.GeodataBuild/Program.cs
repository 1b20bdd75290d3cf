using System.CommandLine;
using System.Globalization;
using BorderMap.GeodataBuild;
using NetTopologySuite.Features;

var outOption = new Option<DirectoryInfo>("--out")
{
    Description = "The geodata directory: writes boundaries/*.geojson and updates the boundaries block of SOURCES.md there.",
    Required = true,
};
var root = new RootCommand("Builds BorderMap's boundary data from pinned Debian and npm packages.") { outOption };
root.SetAction(result => Build(result.GetValue(outOption)!));
root.Subcommands.Add(BorderMap.GeodataBuild.Gazetteer.GazetteerCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    return 2;
}

return parsed.Invoke();

static int Build(DirectoryInfo outDirectory)
{
    var log = Console.Out;
    var work = Directory.CreateTempSubdirectory("bordermap-geodata-");
    try
    {
        var manifest = InputManifest.Load();
        var naturalEarth = manifest.Archive("natural-earth");
        var gshhg = manifest.Archive("gshhg");
        var cldrArchive = manifest.Archive("cldr");

        var geoPackage = Path.Combine(InputFetcher.FetchDebian(naturalEarth, work.FullName, log), naturalEarth.Paths[0]);
        var gshhgDirectory = Path.GetDirectoryName(Path.Combine(InputFetcher.FetchDebian(gshhg, work.FullName, log), gshhg.Paths[0]))!;
        var cldr = CldrNames.Load(InputFetcher.FetchNpm(cldrArchive, work.FullName, CldrNames.IsNeeded, log));

        log.WriteLine("Reading Natural Earth admin-1 rows");
        var reader = new NaturalEarthReader(geoPackage);
        var rows = reader.ReadAdmin1(CountryCatalog.Ids)
            .Select(r => r with { Geometry = Grid.RoundPolygonal(r.Geometry, $"states_provinces fid {r.Fid}") })
            .ToList();
        var provinces = BoundaryBuilder.Provinces(Admin1Catalog.Resolve(rows.Where(r => r.CountryIso is "AF" or "TJ")), cldr);
        log.WriteLine($"  {provinces.Count} provinces and regions, ids and capitals checked");
        var countries = BoundaryBuilder.Countries(rows, reader.ReadCountries(CountryCatalog.Ids), cldr);
        log.WriteLine($"  {countries.Count} countries dissolved from their admin-1 rows");

        var byId = countries.Concat(provinces).ToDictionary(f => f.Id, StringComparer.Ordinal);
        foreach (var (a, b) in (List<(string, string)>)[("TJ", "AF"), ("TJ-GB", "AF-BDS")])
        {
            var border = SharedBorder.Between(byId[a], byId[b]);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  shared border {a}–{b}: {SharedBorder.LengthKm(border):F1} km in {border.NumGeometries} line(s)"));
        }

        var northernBorder = Grid.Factory.BuildGeometry(
            ((List<string>)["TJ", "UZ", "TM"]).Select(neighbour => SharedBorder.Between(byId["AF"], byId[neighbour])));
        var segments = RiverExtractor.ReadSegments(gshhgDirectory, work.FullName, manifest.GmtVersion, log);
        var river = RiverExtractor.Build(segments, northernBorder);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  river: {segments.Count} GSHHG segments → {river.Geometry.NumPoints} vertices, {SharedBorder.LengthKm(river.Geometry):F1} km"));

        var boundaries = Directory.CreateDirectory(Path.Combine(outDirectory.FullName, "boundaries")).FullName;
        var geometryFromNaturalEarth = new OutputInput(naturalEarth, $"`{naturalEarth.Paths[0]}`, layer `states_provinces` (geometry; layer `countries` only to cross-check areas)");
        var outputs = new List<OutputFile>
        {
            Write(boundaries, "countries.geojson", countries, geometryFromNaturalEarth, new OutputInput(cldrArchive, $"`{cldrArchive.Paths[1]}` (territory names)")),
            Write(boundaries, "provinces.geojson", provinces, geometryFromNaturalEarth, new OutputInput(cldrArchive, $"`{cldrArchive.Paths[0]}` (subdivision names)")),
            Write(boundaries, "rivers.geojson", [river], new OutputInput(gshhg, $"`{gshhg.Paths[0]}` through `{RiverExtractor.Command}` (geometry; names hand-entered)")),
        };
        foreach (var output in outputs)
        {
            log.WriteLine($"Wrote {output.RelativePath}: {output.FeatureCount} features, sha256 {output.Sha256}");
        }

        var sourcesPath = Path.Combine(outDirectory.FullName, "SOURCES.md");
        SourcesDocument.Update(sourcesPath, outputs, manifest.GmtVersion);
        log.WriteLine($"Updated {sourcesPath}");
        return 0;
    }
    catch (GeodataBuildException e)
    {
        Console.Error.WriteLine($"error: {e.Message}");
        return 2;
    }
    catch (Exception e)
    {
        // Unexpected, but still a failed build: keep the documented exit code and show the details.
        Console.Error.WriteLine($"error: {e}");
        return 2;
    }
    finally
    {
        work.Delete(recursive: true);
    }
}

static OutputFile Write(string directory, string fileName, IReadOnlyList<AreaFeature> features, params OutputInput[] inputs)
{
    var path = Path.Combine(directory, fileName);
    var sha256 = GeoJsonOutput.Write(path, features);
    FeatureCollection written = GeoJsonOutput.Read(path);
    var ids = written.Select(f => f.Attributes["id"] as string).ToList();
    if (ids.Count != features.Count || ids.Distinct().Count() != ids.Count || written.Any(f => !f.Geometry.IsValid))
    {
        throw new GeodataBuildException($"{path} does not read back as {features.Count} valid features with unique ids.");
    }

    return new OutputFile("boundaries/" + fileName, features.Count, sha256, inputs);
}
