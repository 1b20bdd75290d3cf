namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Two classes of wrong places of round 37's part, each checked on sentences of their own (constructed by the project, not taken from
/// a report): a province named like its capital, said to hold a list of districts whose later names are not read ("مديريات … وزهري
/// ونيش في قندهار", "ноҳияҳои …, Жарӣ ва Неш-и Қандаҳор") or held by an Urdu genitive before the list's kind word ("قندھار کے
/// اضلاع"); and a district said to lie opposite the places of its sentence, across a river the sentence names, in scripts that write
/// Tajikistan's Farkhor and Takhar's Farkhar alike ("рӯ ба рӯи ноҳияи Фархор", "روبه‌روی ناحیه فرخار", "د فرخار ولسوالۍ مخې ته").
/// </summary>
public class DistrictListHoldersAndOppositeBanksTests
{
    private const string Kandahar = "AF-KAN";
    private const string KandaharCity = "gn:1138336";
    private const string TajikFarkhor = "d2:TJ.02.8221284";
    private const string AfghanFarkhar = "d2:AF.26.1206";

    private static string PlaceOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).Last(m => m.Text == name).Best.Place.Id;

    [Theory]
    [InlineData("سيطرت طالبان يوم الأحد على مديريات ارغنداب وزهري ونيش في قندهار بعد معارك قصيرة.", "ar", "قندهار", Kandahar)]
    [InlineData("Толибон рӯзи якшанбе ноҳияҳои Арғандоб, Жарӣ ва Неш-и Қандаҳор-ро забт карданд.", "tg", "Қандаҳор", Kandahar)]
    [InlineData("طالبان نے اتوار کو قندھار کے اضلاع ارغنداب اور میوند پر قبضہ کر لیا۔", "ur", "قندھار", Kandahar)]
    [InlineData("طالبان نے اتوار کو قندوز کے اضلاع امام صاحب اور چہار درہ پر قبضہ کر لیا۔", "ur", "قندوز", "AF-KDZ")]
    public void A_name_that_holds_a_list_of_districts_is_the_province(string text, string language, string name, string province) =>
        Assert.Equal(province, PlaceOf(text, language, name));

    [Theory]
    [InlineData("فرت مئات العائلات من مديريتي ميوند وزهري إلى قندهار يوم الأحد.", "ar", "قندهار")]
    [InlineData("Садҳо оила аз ноҳияҳои Майванд ва Жарӣ ба Қандаҳор гурехтанд.", "tg", "Қандаҳор")]
    public void The_city_a_list_of_districts_is_fled_to_is_still_the_city(string text, string language, string name) =>
        Assert.Equal(KandaharCity, PlaceOf(text, language, name));

    [Theory]
    [InlineData("Дар он сӯи Панҷ, рӯ ба рӯи ноҳияи Фархор, Толибон ноҳияи Дашти Қалъаи вилояти Тахор-ро забт карданд.", "tg", "Фархор")]
    [InlineData("در آن سوی دریای پنج، روبه‌روی ناحیه فرخار، طالبان ولسوالی دشت قلعه ولایت تخار را تصرف کردند.", "fa", "فرخار")]
    [InlineData("د فرخار ولسوالۍ مخې ته د پنج سیند بلې غاړې ته، طالبانو د تخار ولایت د دشت قلعې ولسوالۍ ونیوله.", "ps", "فرخار")]
    [InlineData("ضلع فرخار کے سامنے دریائے پنج کے پار طالبان نے صوبہ تخار کے ضلع دشت قلعہ پر قبضہ کر لیا۔", "ur", "فرخار")]
    public void A_district_opposite_the_sentences_places_across_the_river_is_on_the_other_bank(string text, string language, string name) =>
        // The Taliban took Takhar's districts; the district across the Panj from them is Tajikistan's Farkhor, not Takhar's Farkhar.
        Assert.Equal(TajikFarkhor, PlaceOf(text, language, name));

    [Theory]
    [InlineData("طالبان د تخار ولایت د فرخار ولسوالۍ مخې ته راټول شول.", "ps", "فرخار")]
    [InlineData("طالبان روبه‌روی ولسوالی فرخار ولایت تخار جمع شدند.", "fa", "فرخار")]
    public void Opposite_without_a_river_says_nothing_of_the_bank(string text, string language, string name) =>
        Assert.Equal(AfghanFarkhar, PlaceOf(text, language, name));
}
