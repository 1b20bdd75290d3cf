namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Nine classes of wrong places of the wire evaluation's tuned parts, each checked on sentences of their own (constructed by the
/// project, not taken from a report): a name of both countries in a sentence that names a military commissariat, the office that calls
/// up Tajikistan's reservists (Afghanistan has none), read as the Afghan namesake; a district that opens its sentence and falls at the
/// clause's end, past words of time and manner (Pashto, Urdu), read as its seat; a country entered "on Friday" near a name, the weekday
/// hiding the verb of arrival (French); a Russian adjective made from a country's name, which is its people's, read as the country; and
/// an Arabic kind word with its article ("عاصمة الولاية قندوز", the province's capital Kunduz) read into the name as the province; a
/// Perso-Arabic list's kind word carried past a comma and "and" that open the next clause; the Tajik ezafe written with a hyphen
/// ("Рустоқ-и вилояти Тахор") read as the Russian "и" (and), which cut the name off from its clause's verb; and a reporter's surname
/// in a credit line, before the comma and the city, guessed to be a place by its consonants; and a town named only as a reference
/// point in French ("à l'est de Bokhtar") or Indonesian ("beberapa kilometer di timur Bokhtar") taken as the host town of a base.
/// </summary>
public class CallUpOfficesFallenSubjectsAndCountryAdjectivesTests
{
    private const string TajikMurghob = "d2:TJ.01.8220897";
    private const string BadghisMurghab = "d2:AF.02.1906";
    private const string TajikYovon = "d2:TJ.02.1220107";
    private const string BaharakDistrict = "d2:AF.01.1108";
    private const string BaharakTown = "gn:1147489";
    private const string TajikIshkashim = "gn:1221614";
    private const string AfghanIshkashim = "gn:1148268";

    private static IReadOnlyList<BorderMap.Core.Extraction.PlaceMention> Find(string text, string language) => Repository.Finder.Find(text, language);

    [Theory]
    [InlineData("В Мургабском районе, граничащем с Ваханским коридором, военкомат призвал 150 резервистов.", "ru", "Мургабском", TajikMurghob)]
    [InlineData("Дар ноҳияи Мурғоб, ки бо долони Вахон ҳамсарҳад аст, комиссариати ҳарбӣ 150 захиравиро даъват кард.", "tg", "Мурғоб", TajikMurghob)]
    [InlineData("کمیساریای نظامی ناحیه یاوان روز سه‌شنبه ۲۰۰ نیروی ذخیره را فراخواند.", "fa", "یاوان", TajikYovon)]
    [InlineData("د یاوان ولسوالۍ پوځي کمېسارۍ ۲۰۰ احتیاطي سرتېري وغوښتل.", "ps", "یاوان", TajikYovon)]
    [InlineData("The military commissariat of the Murghab district, which borders the Wakhan corridor, called up 150 reservists.", "en", "Murghab", TajikMurghob)]
    public void A_name_of_both_countries_beside_a_military_commissariat_is_the_tajik_one(string text, string language, string name, string expected) =>
        Assert.Equal(expected, Find(text, language).First(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void Without_a_commissariat_the_afghan_namesake_keeps_its_reading() =>
        Assert.Equal(BadghisMurghab, Find("The Taliban took the Murghab district of Badghis province on Monday.", "en").First(m => m.Text == "Murghab").Best.Place.Id);

    [Fact]
    public void A_commissariat_leaves_a_name_of_one_country_where_it_lies() =>
        // The Wakhan corridor has no Tajik namesake: the office does not move it.
        Assert.StartsWith("d2:AF.", Find("В Мургабском районе, граничащем с Ваханским коридором, военкомат призвал 150 резервистов.", "ru")
            .First(m => m.Text == "Ваханским").Best.Place.Id, StringComparison.Ordinal);

    [Theory]
    [InlineData("بهارک د جمعې په ماښام پرته له جګړې سقوط وکړ، اوسېدونکو وویل.", "ps", "بهارک")]
    [InlineData("بہارک جمعے کی رات بغیر لڑائی کے گر گیا، رہائشیوں نے بتایا۔", "ur", "بہارک")]
    public void A_district_that_opens_its_sentence_and_falls_at_the_clauses_end_is_the_district(string text, string language, string name) =>
        Assert.Equal(BaharakDistrict, Find(text, language).First(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_settlement_word_keeps_the_opening_name_the_town() =>
        Assert.Equal(BaharakTown, Find("بہارک کے بازار میں جمعے کی رات دکانیں بند رہیں، رہائشیوں نے بتایا۔", "ur").First(m => m.Text == "بہارک").Best.Place.Id);

    [Fact]
    public void A_verb_after_the_clauses_break_is_another_clauses() =>
        // "Baharak is quiet, and Jurm fell on Friday": the fall is Jurm's.
        Assert.Equal(BaharakTown, Find("بہارک میں خاموشی ہے، اور جرم جمعے کی رات گر گیا۔", "ur").First(m => m.Text == "بہارک").Best.Place.Id);

    [Theory]
    [InlineData("Des soldats afghans qui avaient fui Zebak, dans la province du Badakhchan, sont passés vendredi au Tadjikistan près d'Ichkachim.")]
    [InlineData("Des soldats afghans du Badakhchan sont arrivés jeudi au Tadjikistan près d'Ichkachim.")]
    public void A_country_entered_on_a_weekday_near_a_name_is_its_country(string text) =>
        Assert.Equal(TajikIshkashim, Find(text, "fr").Last(m => m.Text == "Ichkachim").Best.Place.Id);

    [Fact]
    public void A_weekday_before_a_place_where_something_happened_is_no_arrival() =>
        Assert.Equal(AfghanIshkashim, Find("Les talibans ont combattu vendredi à Ichkachim, dans la province afghane du Badakhchan.", "fr").First(m => m.Text == "Ichkachim").Best.Place.Id);

    [Theory]
    [InlineData("Российские военнослужащие провели учения в Хатлонской области.", "Российские")]
    [InlineData("Казахстанские пограничники прибыли в Душанбе.", "Казахстанские")]
    public void A_russian_adjective_made_from_a_countrys_name_is_no_place(string text, string adjective) =>
        Assert.DoesNotContain(Find(text, "ru"), m => m.Text == adjective);

    [Theory]
    [InlineData("Российские военнослужащие провели учения в Хатлонской области.", "Хатлонской", "TJ-KT")]
    [InlineData("В Бальджуванском районе прошли учения.", "Бальджуванском", "d2:TJ.02.8220957")]
    public void A_russian_adjective_made_from_a_provinces_or_districts_name_still_names_it(string text, string adjective, string expected) =>
        Assert.Equal(expected, Find(text, "ru").Single(m => m.Text == adjective).Best.Place.Id);

    [Fact]
    public void An_arabic_kind_word_with_its_article_is_no_part_of_the_name() =>
        Assert.Equal("gn:1135689", Assert.Single(Find("فيما تعرضت عاصمة الولاية قندوز لقصف صاروخي.", "ar")).Best.Place.Id);

    [Fact]
    public void A_comma_before_and_ends_a_perso_arabic_list() =>
        Assert.Equal("gn:1132495", Find("سرکاری فورسز نے اضلاع برکہ اور دوشی خالی کر دیے، اور نہرین کے قریب ایک چیک پوسٹ پر فوجیوں نے ہتھیار ڈال دیے۔", "ur")
            .First(m => m.Text == "نہرین").Best.Place.Id);

    [Fact]
    public void A_perso_arabic_lists_last_item_after_and_alone_keeps_the_lists_kind() =>
        Assert.Equal("d2:AF.03.1309", Find("طالبان نے اضلاع برکہ، دوشی اور نہرین پر قبضہ کر لیا۔", "ur").First(m => m.Text == "نہرین").Best.Place.Id);

    [Theory]
    [InlineData("Толибон гуфтанд, ки Рустоқ-и вилояти Тахор-ро низ гирифтаанд.", "Рустоқ", "d2:AF.26.1208")]
    [InlineData("Толибон Ҷурм-и вилояти Бадахшон-ро гирифтанд.", "Ҷурм", "d2:AF.01.1103")]
    public void A_tajik_ezafe_written_with_a_hyphen_does_not_cut_a_district_from_its_verb(string text, string name, string expected) =>
        Assert.Equal(expected, Find(text, "tg").First(m => m.Text == name).Best.Place.Id);

    [Fact]
    public void A_reporters_surname_before_the_credits_comma_and_city_is_no_place()
    {
        var found = Find("رپورٹنگ: سمیر عزیزی، میمنہ؛ تحریر: کلارا بیننگ، کابل", "ur");
        Assert.DoesNotContain(found, m => m.Text == "بیننگ");
        Assert.Contains(found, m => m.Text == "کابل");
    }

    [Fact]
    public void A_credits_city_guessed_by_its_consonants_stays_a_place() =>
        Assert.Contains(Find("إعداد سيد محبوب في بول خمري؛ تحرير آنا بيرغ", "ar"), m => m.Text == "بول خمري");

    [Theory]
    [InlineData("Des militaires russes de la 201e base militaire ont rejoint un polygone près de Boustonkala, à quelques kilomètres à l'est de Bokhtar.", "fr", "201e base militaire")]
    [InlineData("Personel militer Rusia dari Pangkalan Militer ke-201 tiba di lapangan tembak dekat Bustonqala, beberapa kilometer di timur Bokhtar.", "id", "Pangkalan Militer ke-201")]
    public void A_town_east_of_which_a_range_lies_hosts_no_base_of_the_sentence(string text, string language, string name) =>
        Assert.Equal("cur:201st-base-dushanbe", Find(text, language).First(m => m.Text == name).Best.Place.Id);
}
