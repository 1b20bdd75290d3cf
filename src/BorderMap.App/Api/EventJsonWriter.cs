using System.Text.Json.Nodes;
using BorderMap.Core.Events;
using BorderMap.Storage.Events;

namespace BorderMap.App.Api;

/// <summary>
/// Events as the API answers them: the event's own fields (<see cref="EventJson"/>) with its
/// status (the override, else the derived one) and, under <c>derived</c>, what its claims give:
/// span, place, category, sources, numbers low / best / high, independence and the agreement per
/// attribute with each compared pair; the detail adds the claims themselves, quote beside quote.
/// </summary>
internal static class EventJsonWriter
{
    public static JsonObject Summary(StoredEvent stored)
    {
        var json = EventJson.Of(stored.Event);
        var s = stored.Summary;
        json["status"] = stored.Status;
        json["derived"] = new JsonObject
        {
            ["status"] = s.DerivedStatus,
            ["reason"] = s.DerivedReason,
            ["first"] = s.First,
            ["last"] = s.Last,
            ["place"] = s.Place,
            ["geoPrecision"] = s.GeoPrecision,
            ["placeClaim"] = s.PlaceClaim,
            ["point"] = Point(stored),
            ["category"] = s.Category,
            ["sources"] = Strings(s.Sources),
            ["independentSources"] = s.Independence.Independent,
            ["independence"] = s.Independence.Summary,
            ["contradicted"] = Strings(s.Attributes.Where(a => a.Agreement == Agreement.Contradict).Select(a => a.Attribute)),
            ["numbers"] = new JsonArray([.. s.Numbers.Select(Number)]),
        };
        return json;
    }

    public static JsonObject Detail(StoredEvent stored)
    {
        var json = Summary(stored);
        var derived = json["derived"]!.AsObject();
        derived["agreement"] = new JsonArray([.. stored.Summary.Attributes.Select(Attribute)]);
        derived["sourceGroups"] = new JsonArray([.. stored.Summary.Independence.Groups.Select(g => new JsonObject
        {
            ["sources"] = Strings(g.SourceIds),
            ["reasons"] = Strings(g.Reasons),
        })]);
        json["members"] = new JsonArray([.. stored.Members.Select(Member)]);
        return json;
    }

    public static JsonObject Suggestion(EventSuggestion s) => new()
    {
        ["event"] = s.EventId,
        ["title"] = s.Title,
        ["score"] = s.Score,
        ["reasons"] = Strings(s.Reasons),
    };

    /// <summary>[lon, lat] of the derived place (the most precise claim's point, or its shape's interior point), where the map marks the event.</summary>
    public static JsonArray? Point(StoredEvent stored) =>
        stored.Members.FirstOrDefault(m => m.Claim.Id == stored.Summary.PlaceClaim)?.Claim.Geometry.InteriorPoint is { IsEmpty: false } p
            ? new JsonArray(Math.Round(p.X, 6), Math.Round(p.Y, 6))
            : null;

    private static JsonObject Number(NumberRange n) => new()
    {
        ["key"] = n.Key,
        ["cumulative"] = n.Cumulative,
        ["low"] = n.Low,
        ["best"] = n.Best,
        ["high"] = n.High,
        ["claims"] = n.Claims,
    };

    private static JsonObject Attribute(AttributeComparison a) => new()
    {
        ["attribute"] = a.Attribute,
        ["agreement"] = Word(a.Agreement),
        ["pairs"] = new JsonArray([.. a.Pairs.Select(p => new JsonObject
        {
            ["a"] = p.ClaimA,
            ["b"] = p.ClaimB,
            ["agreement"] = Word(p.Agreement),
            ["reason"] = p.Reason,
        })]),
    };

    private static JsonObject Member(EventMember m) => new()
    {
        ["id"] = m.Claim.Id,
        ["title"] = m.Data.Title,
        ["quote"] = m.Data.Quote.Text,
        ["translation"] = m.Data.Translation,
        ["source"] = m.Data.Source,
        ["publisher"] = m.Publisher,
        ["eventDate"] = m.Data.EventDate,
        ["endDate"] = m.Data.EndDate,
        ["timePrecision"] = m.Data.TimePrecision,
        ["place"] = m.Data.Place,
        ["geoPrecision"] = m.Data.GeoPrecision,
        ["category"] = m.Data.Category,
        ["actors"] = Strings(m.Data.Actors),
        ["numbers"] = new JsonArray([.. m.Quantities.Select(q => new JsonObject
        {
            ["key"] = q.Key,
            ["value"] = q.Value,
            ["qualifier"] = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(q.Qualifier.ToString()),
            ["cumulative"] = q.Cumulative,
            ["text"] = q.Describe(),
        })]),
    };

    private static string Word(Agreement agreement) => agreement.ToString().ToLowerInvariant();

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);
}
