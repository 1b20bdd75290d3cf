using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Villagers who take up arms are called up, whatever else the verb means ("taken", "взялись", "гирифтаанд", "ont pris" are also
/// cues of ground taken); troops digging in or strengthening their posts are a military presence; Indonesian "reservis" are
/// reservists; families sheltering on a bank, hoping to cross, are refugees even when the place they fled is said to have been
/// entered by insurgents; French "jusqu'à" before a name is where people were taken, not the event's place.
/// All sentences are constructed for these tests.
/// </summary>
public class ArmsTakenUpDigInAndShelterTests
{
    [Theory]
    [InlineData("Elders in the Chah Ab district said some 500 villagers had taken up arms against the Taliban.", "en")]
    [InlineData("Para tetua di distrik Chah Ab mengatakan sekitar 500 warga desa telah mengangkat senjata melawan Taliban.", "id")]
    [InlineData("Im Bezirk Chah Ab haben nach Angaben der Ältesten etwa 500 Dorfbewohner gegen die Taliban zu den Waffen gegriffen.", "de")]
    [InlineData("В уезде Чахоб, по словам старейшин, около 500 сельских жителей взялись за оружие против талибов.", "ru")]
    [InlineData("Мӯйсафедони ноҳияи Чоҳоб гуфтанд, ки тақрибан 500 сокини деҳот бар зидди Толибон силоҳ ба даст гирифтаанд.", "tg")]
    [InlineData("ریش‌سفیدان ولسوالی چاه آب گفتند که حدود ۵۰۰ تن از روستاییان علیه طالبان سلاح برداشته‌اند.", "fa")]
    [InlineData("د چاه آب ولسوالۍ مشرانو وویل چې شاوخوا ۵۰۰ کلیوالو د طالبانو پر ضد وسله پورته کړې ده.", "ps")]
    [InlineData("وقال شيوخ في مديرية جاه آب إن نحو 500 قروي حملوا السلاح في وجه طالبان.", "ar")]
    [InlineData("ضلع چاہ آب کے بزرگوں نے کہا کہ تقریباً 500 دیہاتیوں نے طالبان کے خلاف ہتھیار اٹھا لیے ہیں۔", "ur")]
    [InlineData("Dans le district de Chah Ab, des anciens affirment qu'environ 500 villageois ont pris les armes contre les talibans.", "fr")]
    public void Villagers_who_take_up_arms_are_called_up(string sentence, string language) =>
        Assert.Equal("mobilisation", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Theory]
    [InlineData("Government troops were strengthening their positions around the airport on Tuesday, an official said.", "en")]
    [InlineData("Regierungstruppen gruben sich am Dienstag rund um den Flughafen ein, sagte ein Beamter.", "de")]
    [InlineData("Правительственные войска во вторник окапывались вокруг аэропорта, сообщил чиновник.", "ru")]
    public void Troops_digging_in_or_strengthening_their_posts_are_a_presence(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Fact]
    public void Indonesian_reservis_called_up_for_training_are_a_call_up()
    {
        const string sentence = "Kantor militer distrik itu memanggil 1.800 reservis untuk latihan dua minggu pada Rabu, kata pemerintah setempat.";
        Assert.Equal("mobilisation", CategoryCues.Suggest(sentence, false, "id", NumberFinder.Quantities(sentence, "id")).Category);
    }

    [Theory]
    [InlineData("Тақрибан 300 оила аз ноҳияи Ишкошим, ки Толибон ба он ворид шуданд, дар соҳили дарё паноҳ бурдаанд ва умеди убур доранд, гуфт як масъул.", "tg")]
    [InlineData("حدود ۳۰۰ خانواده از ولسوالی اشکاشم، که طالبان وارد آن شدند، در ساحل دریا پناه گرفته‌اند و امید عبور دارند، یک مقام گفت.", "fa")]
    [InlineData("Quelque 300 familles du district d'Ichkachim, où les talibans sont entrés, s'abritent sur la berge dans l'espoir de passer, a dit un responsable.", "fr")]
    [InlineData("Etwa 300 Familien aus dem Bezirk Ischkaschim harren am Flussufer aus und hoffen auf die Überfahrt, sagte ein Beamter.", "de")]
    public void Families_sheltering_on_a_bank_to_cross_are_refugees(string sentence, string language) =>
        Assert.Equal("refugees", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Fact]
    public void The_place_soldiers_were_taken_as_far_as_is_not_the_anchor() =>
        Assert.Equal("Khanabad", AnchorAssert.Of("Environ 200 soldats qui tenaient le district de Khanabad se sont rendus et ont été conduits jusqu'à Taloqan, a dit un responsable.", "fr"));
}
