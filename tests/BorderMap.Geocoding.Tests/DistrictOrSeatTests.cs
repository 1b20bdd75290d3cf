namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A district and its same-named centre town at one point (Evaluation/Wire/README.md): what is taken, held or entered is the
/// district, also every name listed with it and whichever side of the name the verb stands; the settlement (its bazaar, a district's
/// centre named after the name) is the town; a province's capital stays the town. Sentences constructed, not from the evaluation.
/// </summary>
public class DistrictOrSeatTests
{
    private static string IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).Single(m => m.Text == name).Best.Place.Id;

    [Theory]
    [InlineData("The militants captured Farkhar and Kalafgan on Sunday.", "en", "Kalafgan", "d2:AF.26.1207")]
    [InlineData("Baharak fell without a fight.", "en", "Baharak", "d2:AF.01.1108")]
    [InlineData("Боевики вошли в Зебак и Джурм.", "ru", "Джурм", "d2:AF.01.1103")]
    [InlineData("شورشیان فرخار و کلفگان را گرفتند.", "fa", "فرخار", "d2:AF.26.1206")]
    [InlineData("وسقطت بهارك دون قتال.", "ar", "بهارك", "d2:AF.01.1108")]
    [InlineData("Militants captured Namak Ab and Khwaja Ghar overnight.", "en", "Khwaja Ghar", "d2:AF.26.1212")]
    [InlineData("Am Freitag nahmen die Taliban Chwadscha Ghar ein.", "de", "Chwadscha Ghar", "d2:AF.26.1212")]
    [InlineData("Боевики за ночь взяли Намакаб и Ходжагар.", "ru", "Ходжагар", "d2:AF.26.1212")]
    [InlineData("جنگجویان شب گذشته وارد زیباک شدند.", "fa", "زیباک", "d2:AF.01.1105")]
    [InlineData("Ҷангиён ба Зебок, охирин ноҳияи сарҳадӣ, ворид шуданд.", "tg", "Зебок", "d2:AF.01.1105")]
    [InlineData("The army lost Imam Sahib and Khanabad within a week.", "en", "Imam Sahib", "d2:AF.24.1402")]
    [InlineData("Die Armee hat Imam Sahib verloren.", "de", "Imam Sahib", "d2:AF.24.1402")]
    [InlineData("ارتش امام صاحب را از دست داد.", "fa", "امام صاحب", "d2:AF.24.1402")]
    public void What_is_taken_is_the_district(string text, string language, string name, string id) =>
        Assert.Equal(id, IdOf(text, language, name));

    [Theory]
    [InlineData("Shops in the bazaar of Jurm stayed shut after the Taliban took the road.", "en", "Jurm", "gn:1139085")]
    [InlineData("The militants took Khwahan and Nusay, the centre of the district.", "en", "Nusay", "gn:1131591")]
    [InlineData("The Taliban captured Taloqan on Friday.", "en", "Taloqan", "gn:1123004")]
    [InlineData("Fighting was reported near Baharak.", "en", "Baharak", "gn:1147489")]
    [InlineData("Government forces lost the district, and the provincial capital, Kunduz, came under fire.", "en", "Kunduz", "gn:1135689")]
    [InlineData("Die Provinzhauptstadt Kundus wurde beschossen.", "de", "Kundus", "gn:1135689")]
    [InlineData("Административный центр провинции, Кундуз, был обстрелян.", "ru", "Кундуз", "gn:1135689")]
    public void A_settlement_a_capital_or_a_place_without_a_taking_verb_is_the_town(string text, string language, string name, string id) =>
        Assert.Equal(id, IdOf(text, language, name));
}
