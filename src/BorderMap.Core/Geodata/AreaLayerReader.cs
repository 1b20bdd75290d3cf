using BorderMap.Core.Areas;

namespace BorderMap.Core.Geodata;

/// <summary>Reads one boundary GeoJSON file into an <see cref="AreaLayer"/>.</summary>
internal static class AreaLayerReader
{
    public static AreaLayer Read(string path, string displayName, string layerId, string title)
    {
        var collection = JsonFile.Read<FeatureCollectionDto<AreaProperties>>(path, displayName);
        var areas = new List<Area>();
        for (var i = 0; i < collection.Features.Count; i++)
        {
            var feature = collection.Features[i];
            var p = feature.Properties;
            var position = $"features[{i}] (id '{feature.Id}')";
            if (feature.Geometry is not { IsEmpty: false } geometry)
            {
                throw new GeodataException(displayName, position, "area has no geometry");
            }

            if (!geometry.IsValid)
            {
                throw new GeodataException(displayName, position, $"invalid {geometry.GeometryType}");
            }

            if (!Enum.TryParse<AreaKind>(p.Kind, ignoreCase: true, out var kind))
            {
                throw new GeodataException(displayName, position + ".properties.kind", $"'{p.Kind}' is not country, province or river");
            }

            if (p.Id != feature.Id)
            {
                throw new GeodataException(displayName, position + ".properties.id", $"'{p.Id}' differs from the feature id");
            }

            areas.Add(new Area(p.Id, kind, p.Country, p.Name, p.LocalName, p.Names ?? new Dictionary<string, string>(), p.Focus, geometry));
        }

        return new AreaLayer(layerId, title, areas);
    }
}
