using BorderMap.Core.Claims;
using BorderMap.Rendering.Export;
using BorderMap.Rendering.Furniture;

namespace BorderMap.App.Exporting;

/// <summary>A map laid out with everything its drawing needs read from the store (<see cref="StoreExport.PrepareAsync"/>): drawing it queries nothing.</summary>
internal sealed class ReadyMap(MapPlan plan, IReadOnlyDictionary<string, Claim> quoted, IReadOnlyList<ExportEvent> events) : IDisposable
{
    public IReadOnlyList<PlacedLabel> Export(Stream output) => plan.Export(quoted, output, events);

    public void Dispose() => plan.Dispose();
}
