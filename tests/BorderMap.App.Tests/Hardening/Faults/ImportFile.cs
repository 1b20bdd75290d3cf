using System.Globalization;
using System.Text;

namespace BorderMap.App.Tests.Hardening.Faults;

/// <summary>A constructed CSV claims file of many valid rows, large enough that its import is still writing when a fault strikes.</summary>
internal static class ImportFile
{
    private const string Header = "id,title,category,event_date,time_precision,location,latitude,longitude,geo_precision,source,quote,translation,notes\n";

    public static async Task<string> WriteAsync(string folder, string prefix, int rows)
    {
        var path = Path.Combine(folder, $"{prefix}-{Guid.NewGuid():N}.csv");
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await writer.WriteAsync(Header);
        for (var i = 1; i <= rows; i++)
        {
            await writer.WriteAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{prefix}-{i},Constructed import row {i},statement,2021-07-05,day,Fayzabad,37.12,70.58,2,tj-af-border-2021-07-05,1.037 tentara,Soldiers,Constructed for a fault test\n"));
        }

        return path;
    }
}
