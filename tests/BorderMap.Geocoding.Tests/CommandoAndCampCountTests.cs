using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Commandos and special forces counted are soldiers, and people counted for the camps being set up are refugees, in every
/// script (constructed sentences, in the style of wire reports).
/// </summary>
public class CommandoAndCampCountTests
{
    [Theory]
    [InlineData("Up to 400 commandos were flown to the provincial capital on Friday.", "en", 400, "up-to")]
    [InlineData("Jusqu'à 400 commandos ont été envoyés dans la capitale provinciale.", "fr", 400, "up-to")]
    [InlineData("Около 400 бойцов спецназа направили в город.", "ru", 400, "about")]
    [InlineData("То 400 нафар нерӯҳои вижа ба шаҳр фиристода шуданд.", "tg", 400, "up-to")]
    [InlineData("تا ۴۰۰ کماندو به مرکز ولایت فرستاده شدند.", "fa", 400, "up-to")]
    [InlineData("تر ۴۰۰ پورې کوماندویان ولایتي مرکز ته ولېږل شول.", "ps", 400, "up-to")]
    [InlineData("أرسل ما يصل إلى ٤٠٠ من عناصر القوات الخاصة إلى المدينة.", "ar", 400, "up-to")]
    [InlineData("400 تک کمانڈوز شہر بھیجے گئے۔", "ur", 400, "up-to")]
    public void Commandos_counted_are_soldiers(string text, string language, double value, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", value, qualifier);

    [Theory]
    [InlineData("Officials said camps for up to 8,000 people were being built near the river.", "en", 8000, "up-to")]
    [InlineData("Lager für bis zu 8.000 Menschen werden am Fluss errichtet.", "de", 8000, "up-to")]
    [InlineData("Des camps pour jusqu'à 8 000 personnes sont installés près du fleuve.", "fr", 8000, "up-to")]
    [InlineData("Лагеря для размещения до 8 000 человек строят у реки.", "ru", 8000, "up-to")]
    [InlineData("Pemerintah menyiapkan kamp untuk hingga 8.000 orang di dekat sungai.", "id", 8000, "up-to")]
    [InlineData("اردوگاه‌هایی برای اسکان تا ۸ هزار نفر در کنار رود ساخته می‌شود.", "fa", 8000, "up-to")]
    [InlineData("وقال مسؤولون إن مخيمات تتسع لما يصل إلى ٨ آلاف شخص تقام قرب النهر.", "ar", 8000, "up-to")]
    [InlineData("دریا کے قریب 8 ہزار تک افراد کے لیے کیمپ لگائے جا رہے ہیں۔", "ur", 8000, "up-to")]
    public void People_counted_for_camps_are_refugees(string text, string language, double value, string qualifier) =>
        QuantityAssert.Single(text, language, "refugees", value, qualifier);

    [Fact]
    public void People_counted_without_camps_or_flight_stay_uncounted() =>
        Assert.Empty(NumberFinder.Quantities("Up to 8,000 people attended the wedding near the river.", "en"));
}
