using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Reservists a state sent somewhere stand there, a military presence, unless a call-up word says they were called up; troops who dig
/// trenches or fortify their positions, and military vehicles named so, are a military presence where they are, not a statement.
/// All sentences are constructed for these tests.
/// </summary>
public class TroopsSentAndFortifiedGroundTests
{
    [Theory]
    [InlineData("Tajikistan has sent about 900 reservists and an armoured company to the Farkhor district, the ministry said.", "en")]
    [InlineData("Tadschikistan hat rund 900 Reservisten und Panzer in den Bezirk Farchor geschickt, teilte das Ministerium mit.", "de")]
    [InlineData("Таджикистан направил около 900 резервистов и танки в Фархорский район, сообщило министерство.", "ru")]
    [InlineData("وزارت دفاع گفت تاجیکستان حدود ۹۰۰ نیروی احتیاط و تانک را به ناحیه فرخار فرستاده است.", "fa")]
    [InlineData("د دفاع وزارت وویل چې تاجکستان شاوخوا ۹۰۰ احتیاطي ځواکونه او ټانکونه فرخار ولسوالۍ ته لېږلي دي.", "ps")]
    [InlineData("وقالت الوزارة إن طاجيكستان أرسلت نحو 900 جندي احتياط ودبابات إلى مديرية فرخار.", "ar")]
    [InlineData("Le Tadjikistan a envoyé environ 900 réservistes et des chars dans le district de Farkhor, selon le ministère.", "fr")]
    public void Reservists_sent_to_a_place_are_a_presence_there(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Theory]
    [InlineData("Tajikistan called up about 900 reservists and sent them to the Farkhor district, the ministry said.", "en")]
    [InlineData("Таджикистан призвал около 900 резервистов и направил их в Фархорский район.", "ru")]
    public void Reservists_called_up_and_sent_are_a_call_up(string sentence, string language) =>
        Assert.Equal("mobilisation", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Theory]
    [InlineData("Villagers said soldiers had been digging trenches near the bridge since Monday.", "en")]
    [InlineData("Dorfbewohner sagten, Soldaten höben seit Montag Schützengräben nahe der Brücke aus.", "de")]
    [InlineData("Warga mengatakan tentara menggali parit di dekat jembatan sejak Senin.", "id")]
    [InlineData("Жители рассказали, что солдаты с понедельника роют окопы у моста.", "ru")]
    [InlineData("Сокинон гуфтанд, ки сарбозон аз рӯзи душанбе дар назди пул хандақ мекананд.", "tg")]
    [InlineData("روستاییان گفتند سربازان از روز دوشنبه در نزدیکی پل سنگر می‌کنند.", "fa")]
    [InlineData("کلیوالو وویل چې سرتېري له دوشنبې راهیسې د پل سره نږدې سنګرونه کیندي.", "ps")]
    [InlineData("وقال قرويون إن جنوداً يحفرون خنادق قرب الجسر منذ الاثنين.", "ar")]
    [InlineData("دیہاتیوں نے بتایا کہ پیر سے فوجی پل کے قریب خندقیں کھود رہے ہیں۔", "ur")]
    [InlineData("Des villageois ont raconté que des soldats creusaient des tranchées près du pont depuis lundi.", "fr")]
    [InlineData("Residents said troops were fortifying their positions on the hills above the town.", "en")]
    public void Trenches_dug_or_positions_fortified_are_a_presence(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language).Category);

    [Theory]
    [InlineData("Warga mengatakan puluhan truk militer diparkir di dekat pasar.", "id")]
    [InlineData("باشندگان گفتند ده‌ها موتر باربری ارتش در کنار بازار ایستاده‌اند.", "fa")]
    [InlineData("Residents said dozens of military vehicles were parked near the market.", "en")]
    public void Military_vehicles_named_so_are_a_presence(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language).Category);
}
