namespace BorderMap.Core.Claims;

/// <summary>One broken rule, naming the field (camelCase, as in the JSON) it concerns.</summary>
public sealed record FieldProblem(string Field, string Message);
