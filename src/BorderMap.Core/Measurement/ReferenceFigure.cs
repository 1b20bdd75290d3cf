namespace BorderMap.Core.Measurement;

/// <summary>
/// A published figure for a quantity of the boundary data (<c>borderKm</c> of <c>border:TJ/AF-BDS</c>),
/// with who published it and what it covers. Recorded in <c>geodata/references/</c>.
/// </summary>
public sealed record ReferenceFigure(string Ref, string Quantity, double Value, string Source, string Scope);
