namespace BorderMap.Rendering.Text;

/// <summary>Names joined as English prose writes a list: "A", "A and B", "A, B and C".</summary>
internal static class EnglishList
{
    public static string Join(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
