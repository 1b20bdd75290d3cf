using BorderMap.Core.Areas;
using BorderMap.Rendering.Text;

namespace BorderMap.Rendering.Map;

/// <summary>
/// The name an area is labelled with in the chosen language: English by default, the
/// official-language name for <c>local</c>, or any language of the area's names. Where the area has
/// no name in that language, or the shipped fonts cannot draw it (China's local name is Chinese),
/// the English name stands in, so no label ever shows empty boxes.
/// </summary>
internal sealed class LabelNames(string language, TextShaper shaper)
{
    public string For(Area area)
    {
        var english = area.Names.GetValueOrDefault("en") ?? area.Name;
        var wanted = language switch
        {
            "en" => english,
            "local" => area.LocalName,
            _ => area.Names.GetValueOrDefault(language),
        };
        return wanted is not null && shaper.CanRender(wanted) ? wanted : english;
    }
}
