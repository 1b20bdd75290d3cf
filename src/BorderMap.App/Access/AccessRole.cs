namespace BorderMap.App.Access;

/// <summary>What a token lets its holder do: readers see everything, editors also change claims and sources.</summary>
internal enum AccessRole
{
    Reader,
    Editor,
}
