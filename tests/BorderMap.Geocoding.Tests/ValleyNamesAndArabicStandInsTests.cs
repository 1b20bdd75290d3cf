namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Perso-Arabic spellings of Afghan places that the sources name in Persian by another name: a place's second name in GeoNames'
/// romanisation is spelt in Persian too (the seat Banū, بنو, is also Andarāb, the valley it lies in), and Arabic's stand-in letters
/// are read in a two-word name guessed by its consonants ("بول حصار", Pul-e Hisar). Sentences constructed.
/// </summary>
public class ValleyNamesAndArabicStandInsTests
{
    // Banū's sources give Persian only its own name (بنو); Persian, Pashto, Urdu and Arabic writers name the valley and the town اندراب.
    [Theory]
    [InlineData("روستاییان دره اندراب دیروز علیه طالبان سلاح برداشتند.", "fa", "اندراب")]
    [InlineData("د اندراب درې کلیوالو پرون وسله پورته کړه.", "ps", "اندراب")]
    [InlineData("اندراب کی وادی کے دیہاتیوں نے کل ہتھیار اٹھائے۔", "ur", "اندراب")]
    [InlineData("حمل قرويون في وادي أندراب السلاح أمس.", "ar", "أندراب")]
    public void A_second_name_in_GeoNames_romanisation_is_found_in_Arabic_script(string text, string language, string name) =>
        Assert.Contains(IdOf(text, language, name), new[] { "gn:1147118", "d2:AF.03.1307" });

    [Fact]
    public void The_seat_gets_the_spelling_of_its_second_name_only_where_its_own_names_spell_other_consonants()
    {
        var banu = Repository.Gazetteer.Find("gn:1147118")!;
        Assert.Contains(banu.AllNames, n => n.Text == "اندراب");
        // Būrkah's GeoNames name spells the consonants of its Persian name بورکه: nothing is guessed.
        Assert.Equal(["بورکه"], Repository.Gazetteer.Find("d2:AF.03.1310")!.AllNames.Where(n => n.Language == "fa").Select(n => n.Text));
    }

    // Arabic writes Persian پ as ب; the short vowel of "پل" (bridge) as و.
    [Theory]
    [InlineData("وصلت تعزيزات حكومية إلى بول خمري صباح الاثنين.", "بول خمري", "gn:1130490")]
    [InlineData("قال مسؤول إن قبضة الحكومة على مديرية بول حصار آخذة في التراخي.", "بول حصار", "d2:AF.03.1302")]
    public void Arabic_stand_in_letters_are_read_in_a_two_word_name(string text, string name, string id) =>
        Assert.Equal(id, IdOf(text, "ar", name));

    // Read with Arabic's stand-ins, two words' consonants joined would make too many names: "وفق" (according to) and "وزارة"
    // (ministry) are "g s r", Gissar district.
    [Fact]
    public void Arabic_stand_ins_are_not_read_in_two_words_joined() =>
        Assert.DoesNotContain(Repository.Finder.Find("قال مسؤولون في المديرية وفق وزارة الدفاع إن القوات وصلت.", "ar"), m => m.Text.Contains("وزارة", StringComparison.Ordinal));

    // A spelling that is a Persian name of the place cut short is no second name: Dahāna of حکومتی دهنه غوری is "دهانه", a mouth.
    [Fact]
    public void A_GeoNames_name_that_is_part_of_a_Persian_name_is_not_spelt() =>
        Assert.Null(IdOf("نیروها در دهانه دره مستقر شدند.", "fa", "دهانه"));

    // Arabic writers spell an Afghan district's Latin name as they read it, every vowel written ("نوساي" for Nusay, Persian نسی).
    [Fact]
    public void Arabic_spells_an_Afghan_districts_Latin_name_letter_by_letter() =>
        Assert.Equal("d2:AF.01.1110", IdOf("نزحت أسر من مديرية نوساي الأفغانية.", "ar", "نوساي"));

    // Arabic joins the preposition to a foreign name with a stroke: the two-word name guessed by its consonants starts after it.
    [Fact]
    public void A_two_word_name_after_the_joining_stroke_is_found() =>
        Assert.Equal("gn:1221559", IdOf("تجمعت الأسر على الضفة المقابلة لـقلعة خمب.", "ar", "قلعة خمب"));

    private static string? IdOf(string text, string language, string name) =>
        Repository.Finder.Find(text, language).SingleOrDefault(m => m.Text == name)?.Best.Place.Id;
}
