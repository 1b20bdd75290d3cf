using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's twenty-third unseen part, each checked on sentences of its own (constructed by the
/// project, not taken from a report): a name that says where a post stood read as the district given up, and the post's Ishkashim put on
/// the other bank; a kind word behind a country's adjective missed, and a town word before the next name read as an apposition of the
/// name before it;
/// reservists who arrived somewhere read as a call-up, and Pashto's reserve forces and call-up read as nothing; families who came from a
/// place anchored where they camped; a Tajik tens word with "and" written onto it read as a place.
/// </summary>
public class PostKindWordAndArrivalTests
{
    private const string AfghanIshkashimTown = "gn:1148268";
    private const string AfghanIshkashimDistrict = "d2:AF.01.1107";
    private const string PanjRiver = "cur:panj-river";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.PlaceIdFound(text, language, name);

    private static string Category(string text, string language) => Assert.Single(Repository.Proposer.Propose(text, language)).Category;

    [Theory]
    [InlineData("Fourteen Afghan policemen who left their post at Ishkashim crossed the Ishkashim bridge on Friday.", "en", "Ishkashim")]
    [InlineData("Четырнадцать афганских полицейских, покинувших свой пост в Ишкашиме, в пятницу перешли реку.", "ru", "Ишкашиме")]
    [InlineData("چهارده پولیس افغان که پاسگاه خود را در اشکاشم ترک کرده بودند، روز جمعه از رود گذشتند.", "fa", "اشکاشم")]
    [InlineData("Vierzehn afghanische Polizisten, die ihren Posten in Ischkaschim verlassen hatten, überquerten am Freitag den Fluss.", "de", "Ischkaschim")]
    public void A_post_at_a_place_is_that_sides_town_not_the_district_left(string text, string language, string name) =>
        Assert.Equal(AfghanIshkashimTown, PlaceOf(text, language, name));

    [Fact]
    public void A_district_abandoned_without_a_post_stays_the_district() =>
        Assert.Equal(AfghanIshkashimDistrict, PlaceOf("Afghan soldiers abandoned Ishkashim on Friday and crossed the river.", "en", "Ishkashim"));

    [Theory]
    [InlineData("La ville afghane d'Ichkachim est tombée mardi aux mains des talibans.", "fr", "Ichkachim")]
    [InlineData("Шаҳри афғонии Ишкошим рӯзи сешанбе ба дасти толибон афтод.", "tg", "Ишкошим")]
    public void A_kind_word_behind_a_country_adjective_names_the_town(string text, string language, string name) =>
        Assert.Equal(AfghanIshkashimTown, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Di seberang Sungai Panj, kota Ishkashim tetap tenang pada Selasa.", "id", "Panj")]
    [InlineData("Di tepi Sungai Panj, kota Ishkashim tetap tenang pada Selasa.", "id", "Panj")]
    public void A_town_word_before_the_next_name_is_no_apposition_of_the_name_before_it(string text, string language, string name) =>
        Assert.Equal(PanjRiver, PlaceOf(text, language, name));

    [Fact]
    public void A_town_in_apposition_is_still_the_town() =>
        Assert.Equal("gn:1145897", PlaceOf("Sekitar 300 keluarga meninggalkan Chah Ab, kota kecil di tepi sungai, pada Minggu.", "id", "Chah Ab"));

    [Theory]
    [InlineData("In Khorog, a company of reservists arrived on Friday, residents said.", "en")]
    [InlineData("В Хороге в пятницу появилась рота резервистов, рассказали жители.", "ru")]
    [InlineData("وقال سكان إن سرية من جنود الاحتياط وصلت يوم الجمعة إلى خاروغ.", "ar")]
    public void Reservists_who_arrived_somewhere_are_a_military_presence(string text, string language) =>
        Assert.Equal("military-presence", Category(text, language));

    [Theory]
    [InlineData("Tajikistan called up 1,000 reservists in Khorog, who arrived at the camps on Friday.", "en")]
    [InlineData("د پوځي کمیساریا له خوا وویل شول چې په ختلان ولایت کې چارواکو ۱۵۰۰ زېرمه سرتېري وغوښتل.", "ps")]
    public void Reservists_called_up_are_a_mobilisation(string text, string language) =>
        Assert.Equal("mobilisation", Category(text, language));

    [Fact]
    public void Families_from_a_place_who_camped_elsewhere_are_anchored_where_they_came_from() =>
        Assert.Equal("Farkhar", AnchorAssert.Of("About 500 families from Farkhar have camped in tents in a mosque yard in Taloqan since Sunday, an official said.", "en"));

    [Fact]
    public void A_tajik_tens_word_with_and_is_no_place() =>
        Assert.DoesNotContain(Repository.Finder.Find("Бисту ҳафт сарбози афғон рӯзи ҷумъа аз дарё гузаштанд.", "tg"), m => m.Text == "Бисту");
}
