using BorderMap.Core.Geocoding;

namespace BorderMap.Geocoding.Tests;

/// <summary>Matching names in Cyrillic: transliteration onto Latin keys and Russian case endings.</summary>
public class CyrillicMatchingTests
{
    [Theory]
    [InlineData("Бадахшан", "Badakhshan")]
    [InlineData("Душанбе", "Dushanbe")]
    [InlineData("Джалалабад", "Jalalabad")]
    [InlineData("Ҷалолобод", "Jalolobod")] // Tajik letters
    [InlineData("Хорог", "Khorog")]
    public void Cyrillic_transliterates_onto_the_Latin_key(string cyrillic, string latin) =>
        Assert.Equal(NameTokens.Key(latin), NameTokens.Key(cyrillic));

    [Theory]
    [InlineData("Москве", "Москв")]
    [InlineData("Москвы", "Москв")]
    [InlineData("Таджикистаном", "таджикистан")]
    [InlineData("Бадахшане", "бадахшан")]
    [InlineData("Мазари-Шарифе", "мазари-шариф")]
    public void Case_endings_are_stripped(string word, string stem) =>
        Assert.Equal(stem.ToLowerInvariant(), CyrillicStem.Of(word));

    [Theory]
    [InlineData("Кабулов")] // a surname, not "in Kabul"
    [InlineData("Kabul")] // not Cyrillic
    [InlineData("Тахар")] // too short to stem safely
    public void Surnames_Latin_and_short_words_are_not_stemmed(string word) =>
        Assert.True(CyrillicStem.Of(word) is not { } stem || string.Equals(stem, word, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Бадахшан", "AF-BDS")]
    [InlineData("Бадахшане", "AF-BDS")]
    [InlineData("Таджикистана", "TJ")]
    [InlineData("Москве", "gn:524901")]
    [InlineData("Кремль", "gn:524901")]
    [InlineData("Хатлон", "TJ-KT")]
    [InlineData("Термезе", "gn:1215957")]
    public void Russian_names_and_their_case_forms_resolve(string query, string id) =>
        Assert.Equal(id, Repository.Geocoder.Geocode(query)[0].Place.Id);

    [Fact]
    public void A_case_form_says_so_in_the_reason() =>
        Assert.Equal("province in Afghanistan · a case form of the Russian name ‘Бадахшан’", Repository.Geocoder.Geocode("Бадахшане")[0].Reason);

    [Theory]
    [InlineData("Беженцы укрываются на окраине Майманы.", "Майманы", "gn:1133453")]
    [InlineData("Семьи ждут муку у мечети в Маймане.", "Маймане", "gn:1133453")]
    [InlineData("Талибы захватили уезд Дашти-Калу провинции Тахар.", "Дашти-Калу", "d2:AF.26.1214")]
    public void A_Latin_name_in_a_is_found_in_its_Russian_case_forms(string text, string word, string id) =>
        Assert.Contains(Repository.Finder.Find(text, "ru"), m => m.Text == word && m.Best.Place.Id == id);

    [Fact]
    public void A_Tajik_name_is_found_in_its_Russian_spelling_with_a_for_the_long_a() =>
        Assert.Contains(Repository.Finder.Find("Резервистов призвали в Бальджуване и других селах.", "ru"), m => m.Text == "Бальджуване" && m.Best.Place.Id == "gn:1222192");

    [Fact]
    public void Every_adjective_of_a_list_before_a_plural_district_word_is_a_district()
    {
        var mentions = Repository.Finder.Find("Власти призвали резервистов из Восейского, Муминабадского и Бальджуванского районов, сообщил военкомат.", "ru");
        Assert.Contains(mentions, m => m.Text == "Восейского" && m.Best.Place.Id == "d2:TJ.02.8221033");
        Assert.Contains(mentions, m => m.Text == "Муминабадского" && m.Best.Place.Id == "d2:TJ.02.1221090");
        Assert.Contains(mentions, m => m.Text == "Бальджуванского" && m.Best.Place.Id == "d2:TJ.02.8220957");
    }

    [Fact]
    public void A_word_written_with_Tajik_letters_gets_no_Russian_spelling() =>
        Assert.DoesNotContain(WordForms.Of("Қаровул"), f => f.How.Contains("Russian spelling", StringComparison.Ordinal));

    [Theory]
    [InlineData("Сотни человек ждут у закрытого моста Хайратон, сообщил чиновник.", "моста Хайратон")]
    [InlineData("Узбекистан закрыл мост Хайратан для грузовиков.", "мост Хайратан")]
    public void A_bridge_named_after_its_town_in_Russian_is_the_bridge_not_the_town(string text, string span) =>
        Assert.Contains(Repository.Finder.Find(text, "ru"), m => m.Text == span && m.Best.Place.Id == "cur:hairatan-termez-bridge");

    [Fact]
    public void A_name_in_ai_is_found_in_the_instrumental() =>
        Assert.Contains(Repository.Finder.Find("Район граничит с Китаем.", "ru"), m => m.Text == "Китаем" && m.Best.Place.Id == "CN");
}
