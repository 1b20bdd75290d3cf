using BorderMap.Core.Claims;

namespace BorderMap.Core.Geodata;

/// <summary>Reads a claims GeoJSON file, validating and placing every claim; the first broken rule stops the load.</summary>
internal static class ClaimFileReader
{
    public static IReadOnlyList<Claim> Read(string path, string displayName, ClaimValidator validator, ClaimPlacer placer)
    {
        var collection = JsonFile.Read<FeatureCollectionDto<ClaimData>>(path, displayName);
        var claims = new List<Claim>();
        for (var i = 0; i < collection.Features.Count; i++)
        {
            var feature = collection.Features[i];
            var position = $"features[{i}] (id '{feature.Id}')";
            if (ClaimId.Problem(feature.Id) is { } idProblem)
            {
                throw new GeodataException(displayName, position + ".id", idProblem);
            }

            var problems = validator.Validate(feature.Properties, feature.Geometry);
            if (problems.Count > 0)
            {
                var problem = problems[0];
                var field = problem.Field == "geometry" ? "geometry" : "properties." + problem.Field;
                throw new GeodataException(displayName, $"{position}.{field}", problem.Message);
            }

            claims.Add(placer.Place(feature.Id, feature.Properties, feature.Geometry));
        }

        return claims;
    }
}
