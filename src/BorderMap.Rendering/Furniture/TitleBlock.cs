using BorderMap.Rendering.Layout;
using BorderMap.Rendering.Text;

namespace BorderMap.Rendering.Furniture;

/// <summary>The title and optional subtitle above the map, wrapped to the page width.</summary>
internal static class TitleBlock
{
    public static TextBlock Compose(TextWrapper wrapper, string title, string? subtitle, float width)
    {
        var block = new TextBlock().Add(wrapper.Wrap(title, new TextStyle(16, FontWeight.Bold, Ink.Text), width));
        return subtitle is null ? block : block.Space(1).Add(wrapper.Wrap(subtitle, new TextStyle(10, FontWeight.Regular, Ink.Muted), width));
    }
}
