namespace BorderMap.Rendering.Text;

/// <summary>The three faces the exports use; each maps to a chain of shipped typefaces in <see cref="FontSet"/>.</summary>
internal enum FontWeight
{
    Regular,
    Bold,
    Italic,
}
