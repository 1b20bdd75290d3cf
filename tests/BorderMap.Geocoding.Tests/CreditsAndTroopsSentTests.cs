using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Credit and caption lines in every language give no claim, a running sentence that opens the same way does; troops a state sends or
/// moves stand where they were sent (military presence), soldiers sent back move; ground taken back is held; a number's unit after a
/// German phrase and Tajik "ҳудуди". All sentences are constructed for these tests.
/// </summary>
public class CreditsAndTroopsSentTests
{
    private const string Story = "Taliban fighters took the Khwahan district on Monday.\n";

    [Theory]
    [InlineData("Dilaporkan oleh Rustam Aliev di Dushanbe; disunting oleh Mira Hale", "id")]
    [InlineData("گزارش از رستم علی‌یف در کولاب", "fa")]
    [InlineData("راپور: رستم علییف، کولاب", "ps")]
    [InlineData("رپورٹنگ: رستم علییف، کولاب", "ur")]
    [InlineData("إعداد رستم علييف في دوشنبه", "ar")]
    [InlineData("تغطية رستم علييف في كولاب ومريم حسن في ترمذ", "ar")]
    [InlineData("Репортаж Рустама Алиева из Куляба; редактор Мира Хейл", "ru")]
    [InlineData("Гузориши Рустам Алиев аз Кӯлоб", "tg")]
    [InlineData("Муаллифон: Рустам Алиев, Кӯлоб; Мира Хейл, Хоруғ", "tg")]
    [InlineData("Berichterstattung: Rustam Aliew, Kuljab; redigiert von Mira Hale", "de")]
    [InlineData("Avec Rustam Aliev à Koulob et Mira Hale à Khorog", "fr")]
    [InlineData("Par Rustam Aliev, à Koulob, et Mira Hale, à Khorog, pour le service international", "fr")]
    [InlineData("Акс: сарҳадбонони тоҷик дар соҳили Панҷ дар наздикии Хоруғ", "tg")]
    [InlineData("Рустам Алиев, Куляб; Мира Хейл, Хорог", "ru")]
    public void A_credit_or_caption_line_gives_no_claim(string line, string language)
    {
        var proposals = Repository.Proposer.Propose(Story + line, language);
        Assert.Single(proposals);
        Assert.NotNull(ArticleStructure.Find(Story + line).SingleOrDefault(p => p.Span.Start == Story.Length && p.Part is ArticlePart.Byline or ArticlePart.Caption));
    }

    [Theory]
    [InlineData("Par ailleurs, les talibans ont pris le district de Yamgan.", "fr")]
    [InlineData("گزارش از کولاب حاکی است که طالبان ولسوالی جرم را گرفتند.", "fa")]
    [InlineData("Avec la chute de Khwahan, les talibans tiennent toute la rive.", "fr")]
    public void A_running_sentence_that_opens_like_a_credit_still_gives_its_claim(string line, string language) =>
        Assert.Equal(2, Repository.Proposer.Propose(Story + line, language).Count);

    [Fact]
    public void Names_and_places_are_a_credit_only_on_the_closing_line()
    {
        const string headline = "Taliban Seize Kunduz, Taloqan\nTaliban fighters took Kunduz on Sunday.";
        Assert.Equal(2, Repository.Proposer.Propose(headline, "en").Count);
    }

    [Theory]
    [InlineData("Tajikistan sent about 900 troops to the Vose district, the ministry said.", "en")]
    [InlineData("Tadschikistan verlegte rund 900 Soldaten in den Bezirk Wose, teilte das Ministerium mit.", "de")]
    [InlineData("Таджикистан перебросил около 900 военнослужащих в Восейский район, сообщило министерство.", "ru")]
    [InlineData("Тоҷикистон тақрибан 900 сарбозро ба ноҳияи Восеъ фиристод, гуфт вазорат.", "tg")]
    [InlineData("تاجیکستان حدود ۹۰۰ سرباز را به ناحیه واسع فرستاد، وزارت گفت.", "fa")]
    [InlineData("وأرسلت طاجيكستان نحو 900 جندي إلى منطقة فوسع، وفق الوزارة.", "ar")]
    [InlineData("تاجکستان نے تقریباً 900 فوجی ضلع ووسے بھیجے، وزارت نے بتایا۔", "ur")]
    [InlineData("Le Tadjikistan a acheminé des blindés vers le district de Vose, selon des habitants.", "fr")]
    [InlineData("Tajikistan mengirim sekitar 900 tentara ke distrik Vose, kata kementerian.", "id")]
    public void Troops_a_state_sends_or_moves_are_a_military_presence_whatever_the_verb(string sentence, string language) =>
        Assert.Equal("military-presence", Suggested(sentence, language));

    [Theory]
    [InlineData("Uzbekistan said it had sent back 80 Afghan soldiers who crossed the river.", "en", "troop-movement")]
    [InlineData("Usbekistan hat 80 afghanische Soldaten zurückgeschickt, teilte das Ministerium mit.", "de", "troop-movement")]
    [InlineData("The district sent 200 families to a camp near the town, officials said.", "en", "statement")] // families sent are no troops
    public void Soldiers_sent_back_move_and_families_sent_are_no_presence(string sentence, string language, string category) =>
        Assert.Equal(category, Suggested(sentence, language));

    [Theory]
    [InlineData("Government forces retook the district on Friday, a spokesman said.", "en")]
    [InlineData("Les forces gouvernementales ont repris le district vendredi, a déclaré un porte-parole.", "fr")]
    [InlineData("Правительственные войска отбили уезд в пятницу, сообщил представитель.", "ru")]
    [InlineData("واستعادت القوات الحكومية المديرية يوم الجمعة، قال متحدث.", "ar")]
    [InlineData("سرکاری فورسز نے جمعہ کو ضلع واپس لے لیا، ایک ترجمان نے کہا۔", "ur")]
    [InlineData("Mit dem Bezirk kontrollieren die Taliban nun das ganze Ufer, sagte er.", "de")]
    [InlineData("Толибон акнун тамоми соҳилро назорат мекунанд, гуфт ӯ.", "tg")]
    [InlineData("دو ولسوالی بدون جنگ به دست طالبان افتادند، یک مقام گفت.", "fa")]
    public void Ground_taken_back_controlled_or_fallen_into_hands_is_territorial_control(string sentence, string language) =>
        Assert.Equal("territorial-control", Suggested(sentence, language));

    [Theory]
    [InlineData("Bis zu 900 Soldaten hielten Übungen am Fluss ab, hieß es.", "de")]
    [InlineData("وقالت الوزارة إن 900 جندي يجرون تدريبات قرب النهر.", "ar")]
    [InlineData("В городе усилены пограничные наряды.", "ru")]
    [InlineData("Сарҳадбонон ба ҳолати омодагии пурра гузаронида шуданд.", "tg")]
    public void Exercises_reinforced_posts_and_full_alert_are_a_military_presence(string sentence, string language) =>
        Assert.Equal("military-presence", Suggested(sentence, language));

    [Fact]
    public void Guards_watching_the_river_control_nothing() =>
        Assert.NotEqual("territorial-control", Suggested("Сарҳадбонони тоҷик дарёи Панҷ-ро назорат мекунанд.", "tg"));

    [Theory]
    [InlineData("Etwa 9.000 in der vergangenen Woche einberufene Reservisten sammelten sich in Kuljab.", "de", "reservists", 9000, "about")]
    [InlineData("Rund 300 aus dem Bezirk geflohene Familien warten am Fluss.", "de", "refugees", 300, "about")]
    [InlineData("Ҳудуди 9 000 аскари захиравӣ дар Кӯлоб ҷамъ омаданд.", "tg", "reservists", 9000, "about")]
    public void A_German_phrase_before_the_noun_and_Tajik_hududi_are_read(string text, string language, string key, double value, string qualifier)
    {
        var quantity = NumberFinder.Quantities(text, language).MinBy(q => q.Start);
        Assert.Equal((key, value, qualifier), (quantity?.Key, quantity?.Value, quantity?.Qualifier));
    }

    private static string Suggested(string sentence, string language) =>
        CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category;
}
