namespace BorderMap.Core.Geocoding;

/// <summary>How well a name matched a query, before the place itself is weighed: 1 exact, lower for looser rules.</summary>
public readonly record struct NameMatch(NameRef Name, double Strength, string How);
