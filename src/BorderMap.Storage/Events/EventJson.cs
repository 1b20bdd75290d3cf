using System.Text.Json.Nodes;
using BorderMap.Core.Events;

namespace BorderMap.Storage.Events;

/// <summary>An event's own fields as JSON: what the history keeps and the API shows.</summary>
public static class EventJson
{
    public static JsonObject Of(ClaimEvent e) => new()
    {
        ["id"] = e.Id,
        ["title"] = e.Title,
        ["note"] = e.Note,
        ["claims"] = new JsonArray([.. e.ClaimIds.Select(c => JsonValue.Create(c))]),
        ["statusOverride"] = e.StatusOverride,
        ["overrideReason"] = e.OverrideReason,
        ["createdAt"] = e.CreatedAt,
        ["updatedAt"] = e.UpdatedAt,
        ["version"] = e.Version,
    };

    public static string Text(ClaimEvent e) => Of(e).ToJsonString();
}
