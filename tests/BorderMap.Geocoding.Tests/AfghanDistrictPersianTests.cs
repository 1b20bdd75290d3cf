using BorderMap.Core.Geocoding;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// An Afghan district away from the border that the gazetteer knows only by its GeoNames name ("Darah-ye Şūf-e Pā’īn", "Rūy Dūāb")
/// is found in Persian, Pashto, Urdu and Arabic text by the spelling derived from that name, and a short spelling that is a common
/// word is a place only with its district word beside it. Sentences constructed.
/// </summary>
public class AfghanDistrictPersianTests
{
    // GeoNames marks the Arabic sounds (ş ص, ḩ ح) and writes the hamza between two vowels (’), which Persian seats on ی.
    [Theory]
    [InlineData("Darah-ye Şūf-e Pā’īn", "دره صوف پایین")]
    [InlineData("Imām Şāḩib", "امام صاحب")]
    [InlineData("Rūy Dūāb", "روی دواب")]
    [InlineData("Andaṟ", "اندړ")]
    public void A_GeoNames_name_gives_the_letters_its_marks_stand_for(string latin, string persian) =>
        Assert.Equal(persian, DerivedNames.FromLatin(latin)[0]);

    // Pashto and Urdu write the name with their own letters (ګ, ہ, ئ), which fold onto the derived Persian spelling.
    [Theory]
    [InlineData("طالبان روز پنجشنبه ولسوالی‌های دره صوف پایین و روی دوآب را در سمنگان گرفتند.", "fa", "دره صوف پایین", "d2:AF.32.1504")]
    [InlineData("طالبان روز پنجشنبه ولسوالی‌های دره صوف پایین و روی دوآب را در سمنگان گرفتند.", "fa", "روی دوآب", "d2:AF.32.1505")]
    [InlineData("طالبانو د فارياب په شیرین تګاب ولسوالۍ برید وکړ.", "ps", "شیرین تګاب", "d2:AF.07.1808")]
    [InlineData("طالبان نے صوبہ سمنگان میں ضلع درہ صوف پائین پر قبضہ کر لیا۔", "ur", "درہ صوف پائین", "d2:AF.32.1504")]
    [InlineData("سيطرت طالبان على مديرية بلخاب في ولاية سربل.", "ar", "بلخاب", "d2:AF.33.3104")]
    public void A_district_away_from_the_border_is_found_by_its_derived_spelling(string text, string language, string name, string id) =>
        Assert.Equal(id, IdOf(text, language, name));

    // Arabic writes Persian "lower" as its own adjective with the article, and the letters it lacks as ب غ تش.
    [Theory]
    [InlineData("سيطرت طالبان على مديرية دره صوف السفلى في ولاية سمنجان.", "ar", "دره صوف السفلى", "d2:AF.32.1504")]
    [InlineData("انسحبت القوات الحكومية من مديرية سنغتشارك في ولاية سربل.", "ar", "سنغتشارك", "d2:AF.33.3102")]
    public void Arabic_finds_the_district_by_its_Arabic_form(string text, string language, string name, string id) =>
        Assert.Equal(id, IdOf(text, language, name));

    // Ghazni's Andar is اندړ: one short word, which "آن در" (that … in) and "اندر" (into) would reach; Āb Band is "آب بند", a dam, and
    // Parwan's Shaykh ‘Alī a man's name. Alone they are no places; beside the district word they are the districts.
    [Theory]
    [InlineData("آن در را بستند و به خانه رفتند.", "fa", "آن در")]
    [InlineData("سربازان اندر آمدند و رفتند.", "fa", "اندر")]
    [InlineData("روستاییان یک آب بند کوچک ساختند.", "fa", "آب بند")]
    [InlineData("شیخ علی گفت که جنگ ادامه دارد.", "fa", "شیخ علی")]
    public void A_short_derived_spelling_alone_is_no_place(string text, string language, string word) =>
        Assert.Null(IdOf(text, language, word));

    [Fact]
    public void A_short_derived_spelling_beside_the_district_word_is_the_district() =>
        Assert.Equal("d2:AF.08.614", IdOf("طالبان ولسوالی اندړ را در غزنی گرفتند.", "fa", "اندړ"));

    // Pashto "اوبه" (water) is the Persian name of Obeh in Herat.
    [Fact]
    public void The_Pashto_word_for_water_is_no_place() =>
        Assert.Null(IdOf("یو هلک د کډوالو کمپ ته اوبه وړي.", "ps", "اوبه"));

    // Badghis' Murghāb would derive مرغاب, the Persian name of Tajikistan's Murghob in Gorno-Badakhshan, which the reports mean.
    [Fact]
    public void A_derived_spelling_another_place_has_is_not_made()
    {
        Assert.DoesNotContain(Repository.Gazetteer.Find("d2:AF.02.1906")!.AllNames, n => n.Text == "مرغاب");
        Assert.Equal("d2:TJ.01.8220897", IdOf("تاجیکستان در ناحیه مرغاب در بدخشان کوهستانی نیرو فراخواند.", "fa", "مرغاب"));
    }

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id;
}
