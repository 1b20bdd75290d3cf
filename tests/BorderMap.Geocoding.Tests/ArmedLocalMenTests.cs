namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Local men armed by the government are a call-up (round 26's unseen part, sentences of our own): the verb of arming makes the claim a
/// mobilisation in every language; "armed men" who attack are not called up by it.
/// </summary>
public class ArmedLocalMenTests
{
    private static string CategoryOf(string text, string language) => Assert.Single(Repository.Proposer.Propose(text, language)).Category;

    [Theory]
    [InlineData("In the Mingajik district, the army has armed some 200 villagers to guard the canal, an official said.", "en")]
    [InlineData("Im Bezirk Mingadschik hat die Armee rund 200 Dorfbewohner bewaffnet und an den Kanal geschickt, sagte ein Beamter.", "de")]
    [InlineData("Dans le district de Mingajik, l'armée a armé quelque 200 villageois pour garder le canal, selon un responsable.", "fr")]
    [InlineData("Di distrik Mingajik, tentara telah mempersenjatai sekitar 200 penduduk desa untuk menjaga kanal, kata seorang pejabat.", "id")]
    [InlineData("В уезде Мингаджик армия вооружила около 200 сельчан для охраны канала, сообщил чиновник.", "ru")]
    [InlineData("در ولسوالی منگجک، اردو حدود ۲۰۰ روستایی را برای نگهبانی از کانال مسلح کرده است.", "fa")]
    [InlineData("ضلع منگجک میں فوج نے تقریباً 200 دیہاتیوں کو نہر کی حفاظت کے لیے مسلح کیا ہے۔", "ur")]
    public void Local_men_armed_by_the_government_are_a_mobilisation(string text, string language) =>
        Assert.Equal("mobilisation", CategoryOf(text, language));

    [Fact]
    public void Soldiers_disarmed_in_urdu_still_crossed() =>
        Assert.Equal("troop-movement", CategoryOf("سرحد پار کرنے والے فوجیوں کو ضلع منگجک کے قریب ایک چوکی پر غیر مسلح کیا گیا۔", "ur"));

    [Fact]
    public void Armed_men_who_attack_are_no_call_up() =>
        Assert.NotEqual("mobilisation", CategoryOf("Armed men attacked a checkpoint in the Mingajik district on Sunday, an official said.", "en"));
}
