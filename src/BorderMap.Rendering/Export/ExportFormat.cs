namespace BorderMap.Rendering.Export;

/// <summary>The output formats, with their file extension and media type.</summary>
public enum ExportFormat
{
    Png,
    Svg,
    Pdf,
}

/// <summary>Names of each format as used in requests, file names and Content-Type headers.</summary>
public static class ExportFormats
{
    public static string Extension(this ExportFormat format) => format.ToString().ToLowerInvariant();

    public static string MediaType(this ExportFormat format) => format switch
    {
        ExportFormat.Png => "image/png",
        ExportFormat.Svg => "image/svg+xml",
        _ => "application/pdf",
    };
}
