using BorderMap.Core.Claims;
using BorderMap.Core.Measurement;

namespace BorderMap.Core.Geodata;

/// <summary>
/// Reads <c>references/measurements.json</c>: a description of each boundary layer's data and the
/// published figures measurements are set beside. A geodata directory without it measures with
/// no references.
/// </summary>
internal static class MeasurementReferenceReader
{
    public const string DisplayName = "references/measurements.json";

    public static MeasurementReferences Read(string directory)
    {
        var path = Path.Combine(directory, "references", "measurements.json");
        if (!File.Exists(path))
        {
            return MeasurementReferences.None;
        }

        var file = JsonFile.Read<MeasurementReferencesDto>(path, DisplayName);
        for (var i = 0; i < file.References.Count; i++)
        {
            var figure = file.References[i];
            if (!GeometryRef.TryParse(figure.Ref, out _))
            {
                throw new GeodataException(DisplayName, $"references[{i}].ref", $"'{figure.Ref}' is not a region: or border: reference");
            }

            if (!(figure.Value > 0) || string.IsNullOrWhiteSpace(figure.Source))
            {
                throw new GeodataException(DisplayName, $"references[{i}]", "a reference needs a positive value and its source");
            }
        }

        return new MeasurementReferences(file.Datasets, file.References);
    }

    internal sealed record MeasurementReferencesDto(IReadOnlyDictionary<string, string> Datasets, IReadOnlyList<ReferenceFigure> References);
}
