using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The room left for labels in the map frame: the boxes already taken (furniture, placed labels and
/// town dots), the claim markers once blocked, and the labels placed so far, in placing order. A
/// town's dot may sit under a claim marker (the claim is at that town); its name may not.
/// </summary>
internal sealed class LabelSpace(SKRect frame, IEnumerable<SKRect> obstacles)
{
    private readonly List<SKRect> _taken = [.. obstacles];
    private readonly List<SKRect> _markers = [];
    private readonly List<MapLabel> _labels = [];

    public IReadOnlyList<MapLabel> Labels => _labels;

    /// <summary>From now on labels keep clear of these claim markers too.</summary>
    public void BlockMarkers(IEnumerable<SKRect> markers) => _markers.AddRange(markers);

    /// <summary>Keeps the first candidate (they come best first) that lies in the frame and covers nothing taken.</summary>
    public void AddFirstFitting(IEnumerable<MapLabel> candidates)
    {
        foreach (var label in candidates)
        {
            var box = label.Box;
            var dot = label.Dot is { } at ? TownLabels.DotBox(at) : (SKRect?)null;
            if (!frame.Contains(box) || _taken.Concat(_markers).Any(t => t.IntersectsWith(box)) || (dot is { } d && _taken.Any(t => t.IntersectsWith(d))))
            {
                continue;
            }

            _taken.Add(box);
            if (dot is { } placedDot)
            {
                _taken.Add(placedDot);
            }

            _labels.Add(label);
            return;
        }
    }
}
