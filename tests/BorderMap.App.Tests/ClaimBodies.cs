using System.Text.Json.Nodes;

namespace BorderMap.App.Tests;

/// <summary>Claim bodies for the write API.</summary>
internal static class ClaimBodies
{
    private const string FirstSentence = "Tajikistan memiliki perbatasan lebih dari 900 kilometer dengan provinsi Afghanistan Badachschan.";

    /// <summary>A valid claim body; quote offsets are left for the store to find.</summary>
    public static JsonObject Valid(string? id = "api-claim", Action<JsonObject>? change = null)
    {
        var properties = new JsonObject
        {
            ["title"] = "Claim made through the API",
            ["category"] = "statement",
            ["actors"] = new JsonArray("Tester"),
            ["place"] = "Fayzabad",
            ["areas"] = new JsonArray("AF-BDS"),
            ["geoPrecision"] = 2,
            ["eventDate"] = "2021-07-05",
            ["timePrecision"] = "day",
            ["reportedDate"] = "2021-07-05",
            ["source"] = "tj-af-border-2021-07-05",
            ["quote"] = new JsonObject { ["text"] = FirstSentence },
            ["translation"] = "Tajikistan has a border of more than 900 km with Badakhshan.",
            ["note"] = "<img src=x onerror=alert(1)>",
            ["status"] = "reported",
        };
        change?.Invoke(properties);
        var feature = new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(70.58, 37.12) },
            ["properties"] = properties,
        };
        if (id is not null)
        {
            feature["id"] = id;
        }

        return feature;
    }
}
