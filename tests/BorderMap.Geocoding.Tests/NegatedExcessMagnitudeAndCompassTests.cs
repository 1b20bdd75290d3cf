using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Counts by class: a negated excess is a ceiling in every language ("not exceeding 800", "لا تتجاوز 800", "n'excédant pas 800"), a
/// ceiling or floor said after the noun counted ("800 soldats au plus", "800 soldiers at most", "800 солдат максимум"), an order of
/// magnitude or a likeness is an estimate ("in der Größenordnung von 350", "quelque chose comme 180", "berkisar 350"), "better than" is
/// more than; and kilometres followed by a compass point, or toward, past or inside a place, measure a distance, not the border's
/// length, as border units name no border.
/// All sentences are constructed for these tests.
/// </summary>
public class NegatedExcessMagnitudeAndCompassTests
{
    [Theory]
    [InlineData("Tajikistan deployed a force not exceeding 800 soldiers in Jomi district.", "en")]
    [InlineData("Tajikistan deployed a force of not over 800 soldiers in Jomi district.", "en")]
    [InlineData("Le Tadjikistan a déployé une force n'excédant pas 800 soldats dans le district de Djomi.", "fr")]
    [InlineData("Le Tadjikistan a déployé une force ne dépassant pas 800 soldats dans le district de Djomi.", "fr")]
    [InlineData("Tadschikistan verlegte nicht über 800 Soldaten in den Bezirk Dschomi.", "de")]
    [InlineData("Tajikistan mengerahkan pasukan yang tidak melebihi 800 tentara ke distrik Jomi.", "id")]
    [InlineData("Таджикистан развернул в Джоми силы численностью, не превышающей 800 военных.", "ru")]
    [InlineData("Тоҷикистон на зиёда аз 800 сарбозро ба ноҳияи Ҷомӣ фиристод.", "tg")]
    [InlineData("تاجیکستان نه بیش‌تر از ۸۰۰ سرباز را به ولسوالی جامی فرستاد.", "fa")]
    [InlineData("نشرت طاجيكستان قوة لا تتجاوز 800 جندي في مديرية جامي.", "ar")]
    [InlineData("نشرت طاجيكستان قوة لا تزيد على 800 جندي في مديرية جامي.", "ar")]
    [InlineData("تاجکستان نے 800 سے متجاوز نہیں فوجی ضلع جامی بھیجے۔", "ur")]
    [InlineData("تاجکستان تر ۸۰۰ زیات نه سرتېري جامي ولسوالۍ ته ولېږل.", "ps")]
    public void A_negated_excess_is_a_ceiling(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 800, "up-to");

    [Theory]
    [InlineData("Tajikistan deployed a force exceeding 800 soldiers in Jomi district.", "en")]
    [InlineData("نشرت طاجيكستان قوة تتجاوز 800 جندي في مديرية جامي.", "ar")]
    [InlineData("Tajikistan mengerahkan pasukan melebihi 800 tentara ke distrik Jomi.", "id")]
    [InlineData("Better than 800 Afghan soldiers crossed the river at night.", "en")]
    [InlineData("Upward of 800 Afghan soldiers crossed the river at night.", "en")]
    [InlineData("Реку ночью пересекли добрых 800 афганских военных.", "ru")]
    [InlineData("Le Tadjikistan a déployé une force dépassant 800 soldats dans le district de Djomi.", "fr")]
    [InlineData("Таджикистан развернул в Джоми силы численностью, превышающей 800 военных.", "ru")]
    public void An_excess_is_more_than_the_count(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 800, "more-than");

    [Theory]
    [InlineData("Le Tadjikistan a déployé une force de 800 soldats au plus dans le district de Djomi.", "fr", "up-to")]
    [InlineData("Le Tadjikistan a déployé 800 soldats tout au plus dans le district de Djomi.", "fr", "up-to")]
    [InlineData("Le Tadjikistan a déployé 800 soldats ou moins dans le district de Djomi.", "fr", "up-to")]
    [InlineData("Tajikistan deployed 800 soldiers at most in Jomi district.", "en", "up-to")]
    [InlineData("Tajikistan deployed 800 or fewer soldiers in Jomi district.", "en", "up-to")]
    [InlineData("Tadschikistan verlegte 800 Soldaten höchstens in den Bezirk Dschomi.", "de", "up-to")]
    [InlineData("Tadschikistan verlegte 800 Soldaten mindestens in den Bezirk Dschomi.", "de", "at-least")]
    [InlineData("Таджикистан перебросил в Джоми 800 военных максимум.", "ru", "up-to")]
    [InlineData("Таджикистан перебросил в Джоми 800 военных как минимум.", "ru", "at-least")]
    [InlineData("Tajikistan mengerahkan 800 tentara paling banyak ke distrik Jomi.", "id", "up-to")]
    [InlineData("نشرت طاجيكستان 800 جندي كحد أقصى في مديرية جامي.", "ar", "up-to")]
    [InlineData("نشرت طاجيكستان 800 جندي أو أقل في مديرية جامي.", "ar", "up-to")]
    [InlineData("تاجیکستان ۸۰۰ سرباز یا کمتر به ولسوالی جامی فرستاد.", "fa", "up-to")]
    [InlineData("تاجکستان نے 800 یا اس سے کم فوجی ضلع جامی بھیجے۔", "ur", "up-to")]
    public void A_bound_after_the_count_or_its_noun_is_its_qualifier(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", 800, qualifier);

    [Theory]
    [InlineData("Nearing 800 Afghan soldiers crossed the river at night.", "en")]
    [InlineData("Une force avoisinant 800 soldats a traversé la rivière de nuit.", "fr")]
    [InlineData("Реку ночью пересекли близко к 800 афганским военным.", "ru")]
    public void An_approach_to_a_count_is_nearly_it(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 800, "nearly");

    [Fact]
    public void A_bound_after_the_noun_that_a_number_follows_bounds_that_number() =>
        Assert.Equal("exact", NumberFinder.Quantities("Tajikistan deployed 800 soldiers at most 20 km from the river.", "en").First(q => q.Value == 800).Qualifier);

    [Theory]
    [InlineData("Nach einer Einberufung in der Größenordnung von 350 Reservisten meldeten sich die Männer beim Kommissariat.", "de")]
    [InlineData("Grob 350 Reservisten meldeten sich beim Kommissariat.", "de")]
    [InlineData("So etwas wie 350 Reservisten meldeten sich beim Kommissariat.", "de")]
    [InlineData("В военкомат явились что-то вроде 350 резервистов.", "ru")]
    [InlineData("В военкомат явились более или менее 350 резервистов.", "ru")]
    [InlineData("More or less 350 reservists reported to the military commissariat.", "en")]
    [InlineData("Plus ou moins 350 réservistes se sont présentés au commissariat militaire.", "fr")]
    [InlineData("Mehr oder weniger 350 Reservisten meldeten sich beim Kommissariat.", "de")]
    [InlineData("Quelque chose comme 350 réservistes se sont présentés au commissariat militaire.", "fr")]
    [InlineData("In the order of 350 reservists reported to the military commissariat.", "en")]
    [InlineData("In the range of 350 reservists reported to the military commissariat.", "en")]
    [InlineData("Berkisar 350 tentara cadangan melapor ke komisariat militer.", "id")]
    [InlineData("أبلغ بحدود 350 جنديا احتياطيا عن وصولهم إلى المفوضية العسكرية.", "ar")]
    public void An_order_of_magnitude_or_a_likeness_is_an_estimate(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 350, "about");

    [Theory]
    [InlineData("Troops reinforced their posts along the border 60 km north of Khorugh.", "en")]
    [InlineData("Truppen verstärkten ihre Posten an der Grenze 60 Kilometer nördlich von Chorog.", "de")]
    [InlineData("Des troupes ont renforcé leurs postes sur la frontière, 60 km au nord de Khorog.", "fr")]
    [InlineData("Pasukan memperkuat pos di perbatasan 60 km di utara Khorugh.", "id")]
    [InlineData("Войска укрепили посты на границе в 60 км к северу от Хорога.", "ru")]
    [InlineData("Нерӯҳо постҳоро дар сарҳад 60 км шимолтар аз Хоруғ мустаҳкам карданд.", "tg")]
    [InlineData("نیروها پاسگاه‌های مرز را ۶۰ کیلومتر شمال خاروغ تقویت کردند.", "fa")]
    [InlineData("عززت القوات مواقعها على الحدود 60 كيلومترا شمال خاروغ.", "ar")]
    [InlineData("فوج نے خوروغ سے 60 کلومیٹر شمال میں سرحد پر اپنی چوکیاں مضبوط کیں۔", "ur")]
    public void Kilometres_toward_a_compass_point_are_a_distance_not_the_border(string text, string language) =>
        QuantityAssert.Single(text, language, "km", 60, "exact");

    [Theory]
    [InlineData("The convoy drove 60 km to the border overnight.", "en")]
    [InlineData("The Taliban advanced 60 km inside Afghanistan's border province.", "en")]
    [InlineData("Die Einheit stand 60 Kilometer hinter der Grenze.", "de")]
    [InlineData("Колонна остановилась в 60 км до границы.", "ru")]
    [InlineData("Konvoi itu berhenti 60 km sebelum perbatasan.", "id")]
    [InlineData("کاروان ۶۰ کیلومتر تا مرز راه پیمود.", "fa")]
    [InlineData("طالبان سرحد کے 60 کلومیٹر اندر تک پہنچ گئے۔", "ur")]
    public void Kilometres_toward_past_or_inside_a_place_are_a_distance_not_the_border(string text, string language) =>
        QuantityAssert.Single(text, language, "km", 60, "exact");

    [Theory]
    [InlineData("Tajikistan guards its 1,344 km border with Afghanistan to the north.", "en")]
    [InlineData("تاجکستان کی افغانستان کے ساتھ 1344 کلومیٹر طویل سرحد ہے۔", "ur")]
    public void A_border_named_with_its_length_keeps_it(string text, string language) =>
        QuantityAssert.Single(text, language, "borderKm", 1344, "exact");

    [Fact]
    public void Border_units_name_no_border() =>
        QuantityAssert.Single("تاجک سرحدی دستے روشان میں دریا کے ساتھ 60 کلومیٹر کے علاقے میں گشت کر رہے تھے۔", "ur", "km", 60, "exact");

    [Theory]
    [InlineData("Empat puluhan tentara Afghanistan menyeberangi sungai pada malam hari.", "id", 40, "about")]
    [InlineData("Sekitar lima puluhan tentara Afghanistan menyeberangi sungai pada malam hari.", "id", 50, "about")]
    [InlineData("عبر النهر ليلاً قرابة الأربعين جندياً أفغانياً.", "ar", 40, "nearly")]
    [InlineData("عبر النهر ليلاً نحو الخمسين جندياً أفغانياً.", "ar", 50, "about")]
    [InlineData("عبر النهر ليلاً أكثر من الاربعين جندياً أفغانياً.", "ar", 40, "more-than")]
    [InlineData("عبر النهر ليلاً بضعة وأربعون جندياً أفغانياً.", "ar", 40, "more-than")]
    [InlineData("عبر النهر ليلاً نيف وأربعون جندياً أفغانياً.", "ar", 40, "more-than")]
    [InlineData("عبر النهر ليلاً ثلاثة وأربعون جندياً أفغانياً.", "ar", 43, "exact")]
    public void Tens_in_words_with_an_ending_or_an_article_are_counted(string text, string language, double value, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", value, qualifier);

    [Theory]
    [InlineData("Puluhan tentara Afghanistan menyeberangi sungai pada malam hari.", "id")]
    [InlineData("احتفل الجنود بالذكرى الأربعين لتأسيس الوحدة في خاروغ.", "ar")]
    public void Tens_that_count_nothing_are_no_count(string text, string language) =>
        Assert.Empty(NumberFinder.Quantities(text, language));
}
