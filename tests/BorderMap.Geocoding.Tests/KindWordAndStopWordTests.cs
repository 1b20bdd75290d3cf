namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A kind word that fits none of a name's places (Arabic writing p and g as ب and ك), a Tajik name joined by the ezafe, a river after "along", the bank a name lies on, Persian plural endings written apart, the Tajik ezafe before a country, and
/// everyday words of Perso-Arabic script (with a pronoun or suffix on them, or verbs) that spell a place's name.
/// </summary>
public class KindWordAndStopWordTests
{
    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id;

    [Theory]
    [InlineData("واشتبك الجيش مع المسلحين قرب مديرية بانج في ختلان.", "ar", "بانج", "d2:TJ.02.8221276")]
    [InlineData("سيطرت طالبان على مديرية يمكان في ولاية بدخشان.", "ar", "يمكان", "d2:AF.01.1127")]
    [InlineData("طالبان ولسوالی های خواهان و شغنان را گرفتند.", "fa", "خواهان", "d2:AF.01.1111")]
    [InlineData("Сарбозон аз Шуғнон-и Афғонистон гурехтанд.", "tg", "Шуғнон", "cur:shighnan-district")]
    [InlineData("Толибон шабона ноҳияи Дарвози Боло-ро дар Бадахшон ишғол карданд.", "tg", "Дарвози Боло", "d2:AF.01.1117")]
    [InlineData("Марз дар Хатлон аз рӯи Панҷ мегузарад.", "tg", "Панҷ", "cur:panj-river")]
    [InlineData("Маркази вилояти Бадахшон шаҳри Файзобод аст.", "tg", "Бадахшон", "AF-BDS")]
    [InlineData("Bewohner von Ischkaschim am tadschikischen Ufer sahen Rauch über Jawan in Badachschan.", "de", "Ischkaschim", "gn:1221614")]
    [InlineData("Des habitants d'Ichkachim, sur la rive tadjike, ont vu la fumée au-dessus de Yawan, dans le Badakhchan.", "fr", "Ichkachim", "gn:1221614")]
    [InlineData("باشندگان اشکاشم در کرانه تاجیک دود را بر فراز یاوان در بدخشان دیدند.", "fa", "اشکاشم", "gn:1221614")]
    [InlineData("وشاهد سكان إشكاشم على الضفة الطاجيكية الدخان فوق ياوان في بدخشان.", "ar", "إشكاشم", "gn:1221614")]
    public void A_kind_word_a_side_or_a_country_beside_the_name_decides_the_place(string text, string language, string name, string id) =>
        Assert.Equal(id, IdOf(text, language, name));

    [Theory]
    [InlineData("جنگ شام پنجشنبه در بدخشان آغاز شد.", "fa", "شام")]
    [InlineData("شام کو بدخشاں میں لڑائی ہوئی۔", "ur", "شام")]
    [InlineData("طالبان آخرین ولسوالی بدخشان را گرفتند.", "fa", "آخرین")]
    [InlineData("ومن شغنان التي يقع مركزها على النهر عبر الجنود.", "ar", "مركزها")]
    [InlineData("له شغنان څخه چې مرکز یې د سیند هاخوا دی، سرتیري واوښتل.", "ps", "مرکز یې")]
    [InlineData("جنود أفغان يستريحون قرب قلعة خم.", "ar", "يستريحون")]
    public void Everyday_words_are_no_places(string text, string language, string word) =>
        Assert.Null(IdOf(text, language, word));
}
