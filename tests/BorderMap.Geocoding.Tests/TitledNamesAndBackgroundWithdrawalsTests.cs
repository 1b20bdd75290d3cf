using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's thirty-fifth unseen part (seen36): a short district name that the gazetteer writes
/// only with its administrative title ("علاقهداری ديشو") is found without it; Pashto writes the fort (قلعه) of a name as کلا; French
/// spellings are found in a dateline's capitals; Russian writers join the two words of a name into one; the Taliban who entered a
/// district "after the government forces withdrew" took it (the soldiers of the clause that tells when do not make the entry a troop
/// movement); Russian "военнообязанные … призваны" are reservists called up and Urdu "دوبارہ حاصل کر لیا" is ground retaken.
/// All sentences are constructed for these tests.
/// </summary>
public class TitledNamesAndBackgroundWithdrawalsTests
{
    private static string CategoryOf(string sentence, string language) =>
        CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category;

    [Theory]
    [InlineData("جنگجویان طالب دیروز وارد ولسوالی دیشو شدند.", "fa", "دیشو", "d2:AF.10.2310")]
    [InlineData("طالبان نے جمعہ کو ضلع دیشو پر قبضہ کر لیا۔", "ur", "دیشو", "d2:AF.10.2310")]
    [InlineData("طالبانو پرون د هلمند د موسی کلا ولسوالۍ مرکز ونیو.", "ps", "موسی کلا", "d2:AF.10.2304")]
    [InlineData("ICHKACHIM, Afghanistan, 3 août (Newswire) - Les talibans ont pris le district voisin.", "fr", "ICHKACHIM", "gn:1148268")]
    [InlineData("Бои шли у центра уезда Навзад всю ночь.", "ru", "Навзад", "d2:AF.10.2306")]
    public void A_name_in_the_writers_spelling_is_found(string text, string language, string name, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("Taliban memasuki distrik Kalafgan tanpa perlawanan pada Senin, setelah pasukan pemerintah di sana mundur ke Taloqan.", "id")]
    [InlineData("طالبان روز دوشنبه بدون جنگ وارد ولسوالی کلفگان شدند، پس از آنکه نیروهای دولتی از آنجا به تالقان عقب‌نشینی کردند.", "fa")]
    [InlineData("دخلت طالبان يوم الاثنين دون قتال مديرية كلفكان، بعد انسحاب القوات الحكومية منها إلى طالقان.", "ar")]
    public void Fighters_who_entered_after_the_soldiers_withdrew_took_the_ground(string sentence, string language) =>
        Assert.Equal("territorial-control", CategoryOf(sentence, language));

    [Fact]
    public void Russian_men_liable_for_service_called_up_are_a_mobilisation() =>
        Assert.Equal("mobilisation", CategoryOf("В Дарвазском районе около 300 военнообязанных призваны на сборы.", "ru"));

    [Fact]
    public void An_Urdu_district_gained_again_is_ground_retaken() =>
        Assert.Equal("territorial-control", CategoryOf("سرکاری فورسز نے ضلع کلفگان کا مرکز دوبارہ حاصل کر لیا، حکام نے کہا۔", "ur"));
}
