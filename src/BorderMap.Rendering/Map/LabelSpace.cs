using SkiaSharp;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The room left for labels in the map frame: the boxes already taken (furniture, placed labels and
/// town dots), the claim markers once blocked, and the labels placed so far, in placing order. A
/// town's dot may sit under a claim marker (the claim is at that town); its name may not.
/// </summary>
internal sealed class LabelSpace
{
    private readonly SKRect _frame;
    private readonly BoxIndex _taken;
    private readonly BoxIndex _markers;
    private readonly List<MapLabel> _labels = [];

    public LabelSpace(SKRect frame, SKRect[] obstacles)
    {
        _frame = frame;
        _taken = new BoxIndex(frame);
        _markers = new BoxIndex(frame);
        foreach (var obstacle in obstacles)
        {
            _taken.Add(obstacle);
        }
    }

    public IReadOnlyList<MapLabel> Labels => _labels;

    /// <summary>From now on labels keep clear of these claim markers too.</summary>
    public void BlockMarkers(SKRect[] markers)
    {
        foreach (var marker in markers)
        {
            _markers.Add(marker);
        }
    }

    /// <summary>Keeps the first candidate (they come best first) that lies in the frame and covers nothing taken.</summary>
    public void AddFirstFitting(IEnumerable<MapLabel> candidates)
    {
        foreach (var label in candidates)
        {
            var box = label.Box;
            var dot = label.Dot is { } at ? TownLabels.DotBox(at) : (SKRect?)null;
            if (!_frame.Contains(box) || _taken.AnyIntersecting(box) || _markers.AnyIntersecting(box) || (dot is { } d && _taken.AnyIntersecting(d)))
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
