using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A state's forces, named as a body and not counted, that left a place: the place is lost (territorial control), in every language;
/// soldiers counted who left, and forces that crossed a river, moved; a district crossed into, named before its kind word and Pashto
/// "ته", is across the border from where the crossers came. All sentences are constructed for these tests.
/// </summary>
public class ForcesWhoLeftAndCrossingTests
{
    [Theory]
    [InlineData("Government forces left the Yangi Qala district on Friday and moved to Taloqan, officials said.", "en")]
    [InlineData("Pasukan pemerintah meninggalkan distrik Yangi Qala pada Jumat dan mundur ke Taloqan.", "id")]
    [InlineData("Regierungstruppen verließen am Freitag den Bezirk Yangi Qala und zogen sich nach Taloqan zurück.", "de")]
    [InlineData("Правительственные войска в пятницу оставили уезд Янги-Кала и перешли в Талукан.", "ru")]
    [InlineData("Нерӯҳои ҳукуматӣ рӯзи ҷумъа ноҳияи Янгиқалъаро тарк карда, ба Толиқон рафтанд.", "tg")]
    [InlineData("نیروهای دولتی روز جمعه ولسوالی ینگی قلعه را ترک کردند و به تالقان رفتند.", "fa")]
    [InlineData("دولتي ځواکونو د جمعې په ورځ د ینګي قلعې ولسوالۍ پرېښوده او تالقان ته ولاړل.", "ps")]
    [InlineData("غادرت القوات الحكومية يوم الجمعة مديرية ينغي قلعة وانتقلت إلى طالقان.", "ar")]
    [InlineData("سرکاری فورسز جمعے کو ضلع ینگی قلعہ چھوڑ کر طالقان چلی گئیں۔", "ur")]
    [InlineData("Les forces gouvernementales ont quitté vendredi le district de Yangi Qala pour se replier sur Taloqan.", "fr")]
    public void Forces_that_left_a_place_lost_it(string sentence, string language) =>
        Assert.Equal("territorial-control", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Theory]
    [InlineData("More than 70 soldiers who abandoned Yangi Qala reached Taloqan overnight.", "en")]
    [InlineData("Government forces left the border post and crossed the river into Tajikistan.", "en")]
    [InlineData("Правительственные войска оставили посты и перешли реку Пяндж.", "ru")]
    public void Soldiers_counted_or_forces_that_crossed_moved(string sentence, string language) =>
        Assert.Equal("troop-movement", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Fact]
    public void A_district_crossed_into_before_its_kind_word_is_across_the_border()
    {
        var mentions = Repository.Finder.Find("د تخار ولایت څخه ۴۰ افغان سرتېري د شپې د پنج سیند څخه فرخار ولسوالۍ ته واوښتل.", "ps");
        Assert.Equal("d2:TJ.02.8221284", mentions.Single(m => m.Text == "فرخار").Best.Place.Id);
    }

    [Fact]
    public void A_country_named_right_before_the_destination_is_its_own()
    {
        var mentions = Repository.Finder.Find("۵۰ افغان سرتېري د شپې د تاجکستان اشکاشم ښارګوټي ته واوښتل.", "ps");
        Assert.Equal("gn:1221614", mentions.Single(m => m.Text == "اشکاشم").Best.Place.Id);
    }
}
