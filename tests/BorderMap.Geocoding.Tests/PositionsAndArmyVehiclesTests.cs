using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Troops that took up positions somewhere, and an army's vehicles standing in a place, are a military presence there, in every language
/// that writes them so, not ground taken ("taken", "заняли", "a pris") nor a statement. All sentences are constructed for these tests.
/// </summary>
public class PositionsAndArmyVehiclesTests
{
    [Theory]
    [InlineData("Some 500 soldiers have taken up positions near the village, the ministry said.", "en")]
    [InlineData("Rund 500 Soldaten haben Stellungen nahe dem Dorf bezogen, teilte das Ministerium mit.", "de")]
    [InlineData("Sekitar 500 tentara telah mengambil posisi di dekat desa itu, kata kementerian.", "id")]
    [InlineData("Около 500 военнослужащих заняли позиции у села, сообщило министерство.", "ru")]
    [InlineData("Тақрибан 500 сарбоз дар наздикии деҳа мавқеъ гирифтанд, хабар дод вазорат.", "tg")]
    [InlineData("وقالت الوزارة إن نحو 500 جندي اتخذوا مواقع قرب القرية.", "ar")]
    [InlineData("وزارت نے بتایا کہ تقریباً 500 فوجیوں نے گاؤں کے قریب پوزیشنیں سنبھال لی ہیں۔", "ur")]
    [InlineData("Environ 500 soldats ont pris position près du village, a indiqué le ministère.", "fr")]
    public void Troops_who_took_up_positions_are_there(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language).Category);

    [Theory]
    [InlineData("Residents said dozens of army trucks were parked in the town.", "en")]
    [InlineData("Anwohner sagten, Dutzende Armeelastwagen stünden in der Stadt.", "de")]
    [InlineData("Warga mengatakan puluhan truk tentara diparkir di kota itu.", "id")]
    [InlineData("Жители рассказали, что в городе стоят десятки армейских грузовиков.", "ru")]
    [InlineData("Сокинон гуфтанд, ки даҳҳо мошини боркаши артиш дар шаҳр истодаанд.", "tg")]
    [InlineData("ساکنان گفتند ده‌ها کامیون ارتش در شهر توقف کرده‌اند.", "fa")]
    [InlineData("وقال سكان إن عشرات الشاحنات العسكرية متوقفة في البلدة.", "ar")]
    [InlineData("Des habitants ont affirmé que des camions militaires stationnaient dans la ville.", "fr")]
    public void An_armys_vehicles_in_a_town_are_a_presence(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language).Category);
}
