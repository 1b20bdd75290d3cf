using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of claim errors of the wire evaluation's thirty-third unseen part (seen34): families who camped are refugees, men who
/// joined a militia answer a call-up, Russian "развернул" deploys troops, an Urdu withdrawal timed "a few hours after" is background to
/// ground taken; troops deployed around a town opposite a bridge stand at the town, and troops posted facing a district of a province
/// face the district; a short Tajik word that writes a place's Persian name ("Хулм": خلم) is found. All sentences are constructed for
/// these tests.
/// </summary>
public class CampedFacedAndDeployedAroundTests
{
    private static string CategoryOf(string sentence, string language) =>
        CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category;

    [Theory]
    [InlineData("About 80 families from the Khwahan district have camped beside the road outside Fayzabad, officials said.", "en")]
    [InlineData("Sekitar 80 keluarga dari distrik Khwahan berkemah di pinggir jalan di luar Fayzabad, kata pejabat.", "id")]
    [InlineData("Etwa 80 Familien aus dem Bezirk Chwahan kampieren am Straßenrand vor Faisabad, sagten Behördenvertreter.", "de")]
    [InlineData("Environ 80 familles du district de Khwahan campent au bord de la route près de Faïzabad, selon des responsables.", "fr")]
    [InlineData("وقال مسؤولون إن نحو 80 أسرة من مديرية خواهان تخيم على جانب الطريق خارج فيض آباد.", "ar")]
    [InlineData("ضلع خواہان کے تقریباً 80 خاندان فیض آباد کے باہر سڑک کے کنارے خیمے لگائے ہوئے ہیں، حکام نے کہا۔", "ur")]
    public void Families_who_camped_are_refugees(string sentence, string language) =>
        Assert.Equal("refugees", CategoryOf(sentence, language));

    [Theory]
    [InlineData("Im Bezirk Chulm haben sich etwa 300 Männer einer Bürgerwehr angeschlossen, sagte ein Sprecher.")]
    [InlineData("Rund 200 Dorfbewohner schlossen sich am Montag der Miliz des Bezirks an, sagte der Gouverneur.")]
    public void Men_who_joined_a_militia_answer_a_call_up(string sentence) =>
        Assert.Equal("mobilisation", CategoryOf(sentence, "de"));

    [Fact]
    public void Troops_deployed_in_Russian_are_a_military_presence() =>
        Assert.Equal("military-presence", CategoryOf("Узбекистан развернул 800 военнослужащих у Термеза, сообщило министерство обороны.", "ru"));

    [Fact]
    public void An_Urdu_withdrawal_a_few_days_before_ground_taken_is_its_background() =>
        Assert.Equal("territorial-control", CategoryOf("طالبان نے منگل کو ضلع خان آباد پر قبضہ کر لیا، سرکاری فوجوں کے پیچھے ہٹنے کے دو دن بعد۔", "ur"));

    [Theory]
    [InlineData("Uzbekistan mengerahkan 800 tentara di sekitar Termez di seberang jembatan Hairatan.", "id", "Termez")]
    [InlineData("Usbekistan hat 800 Soldaten rund um Termes gegenüber der Hairatan-Brücke stationiert.", "de", "Termes")]
    [InlineData("Узбекистан развернул 800 военнослужащих вокруг Термеза напротив моста Хайратон.", "ru", "Термеза")]
    [InlineData("Ӯзбекистон 800 сарбозро дар атрофи Тирмиз рӯ ба рӯи пули Ҳайратон ҷойгир кард.", "tg", "Тирмиз")]
    [InlineData("ازبکستان ۸۰۰ سرباز را در اطراف ترمذ روبه‌روی پل حیرتان مستقر کرد.", "fa", "ترمذ")]
    [InlineData("ازبکستان ۸۰۰ سرتېري د ترمز شاوخوا د حیرتان پل مخې ته ځای پر ځای کړل.", "ps", "ترمز")]
    [InlineData("نشرت أوزبكستان 800 جندي حول ترمذ قبالة جسر حيرتان.", "ar", "ترمذ")]
    [InlineData("L'Ouzbékistan a déployé 800 soldats autour de Termez, face au pont de Hairatan.", "fr", "Termez")]
    public void Troops_deployed_around_a_town_opposite_a_bridge_stand_at_the_town(string sentence, string language, string town) =>
        Assert.Equal(town, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("Uzbekistan deployed 800 troops at the Hairatan bridge near Termez.", "Hairatan bridge")]
    [InlineData("Tajik guards closed the Ishkashim bridge and reinforced their posts above Langar.", "Ishkashim bridge")]
    public void Troops_at_a_bridge_or_guards_who_closed_it_stand_at_the_bridge(string sentence, string bridge) =>
        Assert.Equal(bridge, AnchorAssert.Of(sentence, "en"));

    [Theory]
    [InlineData("China moved 200 border troops to posts facing the Murghob district of Gorno-Badakhshan.", "en", "Murghob")]
    [InlineData("Tajikistan moved 200 troops to posts facing the Khwahan district of Badakhshan province.", "en", "Khwahan")]
    [InlineData("Китай перебросил 200 пограничников на заставы напротив Мургабского района ГБАО.", "ru", "Мургабского")]
    [InlineData("Чин 200 марзбонро ба посгоҳҳои рӯ ба рӯи ноҳияи Мурғоб-и ВМКБ интиқол дод.", "tg", "Мурғоб")]
    [InlineData("چین ۲۰۰ پوله ساتي د غرني بدخشان د مرغاب ولسوالۍ مخې ته پوستو ته ولېږدول.", "ps", "مرغاب")]
    [InlineData("نقلت الصين 200 من حرس الحدود إلى مواقع قبالة منطقة مرغاب في إقليم بدخشان الجبلية.", "ar", "مرغاب")]
    [InlineData("چین نے 200 سرحدی محافظ گورنو بدخشاں کے ضلع مرغاب کے سامنے چوکیوں پر منتقل کر دیے۔", "ur", "مرغاب")]
    public void Troops_posted_facing_a_district_of_a_province_face_the_district(string sentence, string language, string district) =>
        Assert.Equal(district, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("Дар ноҳияи Хулм-и вилояти Балх 300 мард силоҳ ба даст гирифтанд.", "d2:AF.30.1614")]
    [InlineData("Зиёда аз 70 сарбоз шабона ба Хулм ақибнишинӣ карданд.", "gn:1136575")]
    public void A_short_Tajik_word_that_writes_a_Persian_name_is_found(string sentence, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(sentence, "tg", "Хулм"));
}
