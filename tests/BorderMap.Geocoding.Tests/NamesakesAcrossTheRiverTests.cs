namespace BorderMap.Geocoding.Tests;

/// <summary>
/// A place named on both banks of the Panj (Shighnan and Shughnon, Ishkashim and Ishkoshim) is put on a bank by what the text says of that
/// very mention, before the places named beside it: a district a country's soldiers left or lost is on their side, whatever the places
/// they reached ("Afghan soldiers who left the Shughnan district reached Khorog" is the Afghan district). Sentences constructed for these
/// tests, not from the evaluation.
/// </summary>
public class NamesakesAcrossTheRiverTests
{
    private const string AfghanShighnan = "cur:shighnan-district";
    private const string TajikShughnon = "cur:shughnon-district";
    private const string AfghanIshkashim = "d2:AF.01.1107";

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).FirstOrDefault(m => m.Text == name)?.Best.Place.Id;

    [Theory]
    [InlineData("About 30 Afghan soldiers who left the Shughnan district reached Khorog on Sunday.", "en", "Shughnan")]
    [InlineData("بیش از ۳۰ سرباز افغان که ولسوالی شغنان را ترک کردند، روز یکشنبه به خاروغ رسیدند.", "fa", "شغنان")]
    [InlineData("وقال مسؤولون إن 30 جنديا أفغانيا غادروا مديرية شغنان ووصلوا إلى خوروغ يوم الأحد.", "ar", "شغنان")]
    [InlineData("ضلع شغنان چھوڑنے والے 30 افغان سپاہی اتوار کو خوروگ پہنچ گئے۔", "ur", "شغنان")]
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
}
