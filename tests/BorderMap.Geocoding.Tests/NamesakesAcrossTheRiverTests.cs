namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A place named on both banks of the Panj (Shighnan and Shughnon, Ishkashim and Ishkoshim) is put on a bank by what the text says of that
/// very mention, before the places named beside it: a district a country's soldiers left or lost is on their side, whatever the places
/// they reached ("Afghan soldiers who left the Shughnan district reached Khorog" is the Afghan district); a side named before the name is
/// its side ("تاجک کنارے پر واقع اشکاشم"); "across the river" puts it across the border from the places its sentence tells it from.
/// Sentences constructed for these tests, not from the evaluation.
/// </summary>
public class NamesakesAcrossTheRiverTests
{
    private const string AfghanShighnan = "cur:shighnan-district";
    private const string TajikShughnon = "cur:shughnon-district";
    private const string AfghanIshkashim = "d2:AF.01.1107";
    private const string TajikIshkashimTown = "gn:1221614";

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).FirstOrDefault(m => m.Text == name)?.Best.Place.Id;

    [Theory]
    [InlineData("About 30 Afghan soldiers who left the Shughnan district were given shelter in the Rushan district on Sunday.", "en", "Shughnan")]
    [InlineData("بیش از ۳۰ سرباز افغان که ولسوالی شغنان را ترک کردند، روز یکشنبه در ناحیه روشان پناه گرفتند.", "fa", "شغنان")]
    [InlineData("وقال مسؤولون إن 30 جنديا أفغانيا غادروا مديرية شغنان ولجأوا إلى مديرية روشان يوم الأحد.", "ar", "شغنان")]
    [InlineData("ضلع شغنان چھوڑنے والے 30 افغان سپاہی اتوار کو ضلع روشان میں پناہ گزین ہوئے۔", "ur", "شغنان")]
    public void A_district_left_by_a_countrys_soldiers_is_on_their_side(string text, string language, string name) =>
        Assert.Equal(AfghanShighnan, IdOf(text, language, name));

    [Theory]
    [InlineData("Около 30 афганских пограничников, оставивших уезд Ишкашим, в воскресенье пришли в Хорог.", "ru", "Ишкашим")]
    [InlineData("Зиёда аз 30 сарбози афғон, ки ноҳияи Ишкошим-ро тарк карданд, рӯзи якшанбе ба Хоруғ расиданд.", "tg", "Ишкошим")]
    public void A_district_named_alike_on_both_banks_is_the_leavers(string text, string language, string name) =>
        Assert.Equal(AfghanIshkashim, IdOf(text, language, name));

    [Fact]
    public void The_other_countrys_soldiers_leave_their_own_side() =>
        Assert.Equal(TajikShughnon, IdOf("About 30 Tajik border guards who left the Shughnan district reached Khorog on Sunday.", "en", "Shughnan"));

    [Theory]
    [InlineData("تاجک کنارے پر واقع اشکاشم کے دکانداروں نے کہا کہ بدخشان سے کوئی سامان نہیں آیا۔", "ur")]
    [InlineData("د تاجک غاړې د اشکاشم دوکاندارانو وویل چې له بدخشان څخه هېڅ سامان نه دی راغلی.", "ps")]
    public void A_side_named_before_a_town_is_its_side(string text, string language) =>
        Assert.Equal(TajikIshkashimTown, IdOf(text, language, "اشکاشم"));

    [Theory]
    [InlineData("Officials in the Rushan district said 60 families from Shughnan across the river had arrived.", "en", "Shughnan")]
    [InlineData("Власти Рушанского района приняли 60 семей из уезда Шугнан на другом берегу Пянджа.", "ru", "Шугнан")]
    [InlineData("مقام‌های ناحیه روشان گفتند ۶۰ خانواده از ولسوالی شغنان آن سوی رودخانه به آنجا آمدند.", "fa", "شغنان")]
    [InlineData("د روشان ولسوالۍ چارواکو وویل چې د سیند هاخوا د شغنان ولسوالۍ ۶۰ کورنۍ دلته راغلې.", "ps", "شغنان")]
    public void A_place_across_the_river_is_across_the_border_from_the_sentences_places(string text, string language, string name) =>
        Assert.Equal(AfghanShighnan, IdOf(text, language, name));
}
