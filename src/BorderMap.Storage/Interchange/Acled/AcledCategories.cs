namespace BorderMap.Storage.Interchange.Acled;

/// <summary>
/// ACLED's event types and BorderMap's claim categories. ACLED's types are kept with the claim, so
/// they come back unchanged; this mapping only gives an imported row its category, and a claim that
/// did not come from ACLED (or whose category was changed since) the types an export writes.
/// </summary>
internal static class AcledCategories
{
    public static string CategoryOf(string eventType, string subEventType) => (eventType, subEventType) switch
    {
        (_, "Government regains territory" or "Non-state actor overtakes territory" or "Non-violent transfer of territory") => "territorial-control",
        (_, "Agreement") => "diplomatic",
        (_, "Change to group/activity") => "mobilisation",
        ("Protests" or "Riots", _) => "statement",
        _ => "military-presence",
    };

    /// <summary>The disorder type, event type and sub-event type an export writes for a category.</summary>
    public static (string Disorder, string Event, string SubEvent) TypesOf(string category) => category switch
    {
        "territorial-control" => ("Strategic developments", "Strategic developments", "Non-violent transfer of territory"),
        "diplomatic" => ("Strategic developments", "Strategic developments", "Agreement"),
        "mobilisation" => ("Strategic developments", "Strategic developments", "Change to group/activity"),
        "military-presence" => ("Strategic developments", "Strategic developments", "Headquarters or base established"),
        _ => ("Strategic developments", "Strategic developments", "Other"),
    };
}
