using System.Text.RegularExpressions;

namespace BorderMap.GeodataBuild.Gazetteer;

/// <summary>
/// Strips the generic words that CLDR and GeoNames put around province names ("Provinsi Takhar",
/// "ولایت تخار", "Taxor viloyati", "Khatlon Province"), because texts mostly use the bare name.
/// Russian adjectival forms ("Хатлонская область") cannot be stripped this way; curated.tsv adds
/// their bare forms.
/// </summary>
internal static partial class AdminWords
{
    public static string Strip(string name)
    {
        // Some names carry two generic parts ("Taxor viloyati, Afgʼoniston"): strip until nothing changes.
        for (var stripped = Generic().Replace(name, "").Trim(); ; stripped = Generic().Replace(name, "").Trim())
        {
            if (stripped == name || stripped.Length == 0)
            {
                return name;
            }

            name = stripped;
        }
    }

    [GeneratedRegex(@"^(Provinsi Otonom |Provinsi |Region |Province de |Province d'|Вилояти Мухтори |Вилояти |ولایت مختار |ولایت |استان |د )|( ولايت| ولایت| muxtor viloyati| viloyati| \(viloyati?\)|, Afg.oniston| Province| Region)$")]
    private static partial Regex Generic();
}
