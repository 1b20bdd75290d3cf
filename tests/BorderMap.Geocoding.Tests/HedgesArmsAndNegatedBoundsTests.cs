using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Counts by class: a hedge before a number is an estimate in every language ("perhaps 250", "vielleicht 250", "возможно, 250",
/// "شاید ۲۵۰", "ربما 250"); "approaching" and "shy of" are nearly; "at the very least" and its kin are a floor, "at the very most" a
/// ceiling; Pashto's negated circumposition ("له ۶۰۰ نه نه زیات", not more than 600) is a ceiling and its floor a floor; people who
/// took up arms are mobilised; people who wait or shelter at a river in hope of crossing are refugees; Indonesian "reservis" are
/// reservists and Pashto border guards are counted in the oblique plural ("پوله ساتو"); a bare number after a word for a force's strength
/// ("جس کی نفری 650", "численностью до 650", "a strength of 650") counts soldiers.
/// All sentences are constructed for these tests.
/// </summary>
public class HedgesArmsAndNegatedBoundsTests
{
    [Theory]
    [InlineData("Perhaps 220 Afghan soldiers surrendered in Khamyab district on Sunday.", "en")]
    [InlineData("Possibly 220 Afghan soldiers surrendered in Khamyab district on Sunday.", "en")]
    [InlineData("Di distrik Khamyab, barangkali 220 tentara Afghanistan menyerah pada Minggu.", "id")]
    [InlineData("Di distrik Khamyab, mungkin 220 tentara Afghanistan menyerah pada Minggu.", "id")]
    [InlineData("Im Bezirk Chamjab haben sich am Sonntag vielleicht 220 afghanische Soldaten ergeben.", "de")]
    [InlineData("Im Bezirk Chamjab haben sich am Sonntag wahrscheinlich 220 afghanische Soldaten ergeben.", "de")]
    [InlineData("В уезде Хамъяб в воскресенье сдались возможно 220 афганских военных.", "ru")]
    [InlineData("В уезде Хамъяб в воскресенье сдались, возможно, 220 афганских военных.", "ru")]
    [InlineData("В уезде Хамъяб в воскресенье сдались, пожалуй, 220 афганских военных.", "ru")]
    [InlineData("Дар ноҳияи Ҳамёб шояд 220 сарбози афғон рӯзи якшанбе таслим шуданд.", "tg")]
    [InlineData("Дар ноҳияи Ҳамёб эҳтимол 220 сарбози афғон рӯзи якшанбе таслим шуданд.", "tg")]
    [InlineData("در ولسوالی خمیاب شاید ۲۲۰ سرباز افغان روز یکشنبه تسلیم شدند.", "fa")]
    [InlineData("در ولسوالی خمیاب احتمالاً ۲۲۰ سرباز افغان روز یکشنبه تسلیم شدند.", "fa")]
    [InlineData("د خمیاب په ولسوالۍ کې ښايي ۲۲۰ افغان سرتېري د یکشنبې په ورځ تسلیم شوي وي.", "ps")]
    [InlineData("د خمیاب په ولسوالۍ کې کېدای شي ۲۲۰ افغان سرتېري تسلیم شوي وي.", "ps")]
    [InlineData("قال مسؤول إن ربما 220 جنديا أفغانيا استسلموا في مديرية خمياب يوم الأحد.", "ar")]
    [InlineData("قال مسؤول إن من المحتمل 220 جنديا أفغانيا استسلموا في مديرية خمياب.", "ar")]
    [InlineData("ضلع خمیاب میں شاید 220 افغان فوجیوں نے اتوار کو ہتھیار ڈال دیے۔", "ur")]
    [InlineData("ضلع خمیاب میں غالباً 220 افغان فوجیوں نے اتوار کو ہتھیار ڈال دیے۔", "ur")]
    [InlineData("Dans le district de Khamyab, peut-être 220 soldats afghans se sont rendus dimanche.", "fr")]
    [InlineData("Dans le district de Khamyab, probablement 220 soldats afghans se sont rendus dimanche.", "fr")]
    public void A_hedge_before_a_count_is_an_estimate(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 220, "about");

    [Theory]
    [InlineData("Approaching 900 Afghan soldiers have crossed the river since Friday.", "en", "nearly")]
    [InlineData("Shy of 900 Afghan soldiers have crossed the river since Friday.", "en", "nearly")]
    [InlineData("At the very least 900 Afghan soldiers have crossed the river since Friday.", "en", "at-least")]
    [InlineData("At a minimum 900 Afghan soldiers have crossed the river since Friday.", "en", "at-least")]
    [InlineData("At the very most 900 Afghan soldiers have crossed the river since Friday.", "en", "up-to")]
    [InlineData("Zumindest 900 afghanische Soldaten haben seit Freitag den Fluss überquert.", "de", "at-least")]
    [InlineData("Allerhöchstens 900 afghanische Soldaten haben seit Freitag den Fluss überquert.", "de", "up-to")]
    [InlineData("Paling tidak 900 tentara Afghanistan telah menyeberangi sungai sejak Jumat.", "id", "at-least")]
    [InlineData("По крайней мере 900 афганских военных пересекли реку с пятницы.", "ru", "at-least")]
    [InlineData("Ҳеҷ набошад 900 сарбози афғон аз ҷумъа инҷониб аз дарё гузаштанд.", "tg", "at-least")]
    [InlineData("لااقل ۹۰۰ سرباز افغان از جمعه تا کنون از دریا گذشته‌اند.", "fa", "at-least")]
    [InlineData("لږترلږه ۹۰۰ افغان سرتېري د جمعې راهیسې له سیند څخه اوښتي دي.", "ps", "at-least")]
    [InlineData("عبر على أقل تقدير 900 جندي أفغاني النهر منذ الجمعة.", "ar", "at-least")]
    [InlineData("عبر على أقصى تقدير 900 جندي أفغاني النهر منذ الجمعة.", "ar", "up-to")]
    [InlineData("عبر ليس أكثر من 900 جندي أفغاني النهر منذ الجمعة.", "ar", "up-to")]
    [InlineData("À tout le moins 900 soldats afghans ont traversé la rivière depuis vendredi.", "fr", "at-least")]
    [InlineData("Tout au moins 900 soldats afghans ont traversé la rivière depuis vendredi.", "fr", "at-least")]
    public void Approaching_and_the_very_least_or_most_bound_the_count(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", 900, qualifier);

    [Theory]
    [InlineData("تاجکستان له ۷۰۰ نه نه زیات سرتېري جامي ولسوالۍ ته ولېږل.", "up-to")]
    [InlineData("تاجکستان له ۷۰۰ څخه نه زیات سرتېري جامي ولسوالۍ ته ولېږل.", "up-to")]
    [InlineData("تاجکستان له ۷۰۰ نه نه ډېر سرتېري جامي ولسوالۍ ته ولېږل.", "up-to")]
    [InlineData("تاجکستان له ۷۰۰ نه نه کم سرتېري جامي ولسوالۍ ته ولېږل.", "at-least")]
    [InlineData("تاجکستان له ۷۰۰ څخه نه کم سرتېري جامي ولسوالۍ ته ولېږل.", "at-least")]
    public void A_negated_Pashto_comparison_bounds_the_count(string text, string qualifier) =>
        QuantityAssert.Single(text, "ps", "soldiers", 700, qualifier);

    [Theory]
    [InlineData("Local elders said nearly 300 villagers had taken up arms against the Taliban in Burka.", "en")]
    [InlineData("Hampir 300 warga desa telah mengangkat senjata melawan Taliban di Burka, kata para tetua.", "id")]
    [InlineData("Fast 300 Dorfbewohner haben in Burka gegen die Taliban zu den Waffen gegriffen.", "de")]
    [InlineData("Почти 300 сельских жителей взялись за оружие против талибов в Бурке.", "ru")]
    [InlineData("Қариб 300 сокини деҳот дар Бурка бар зидди Толибон силоҳ ба даст гирифтаанд.", "tg")]
    [InlineData("نزدیک به ۳۰۰ تن از روستاییان در برکه علیه طالبان سلاح برداشته‌اند.", "fa")]
    [InlineData("نږدې ۳۰۰ کلیوالو په برکه کې د طالبانو پر ضد وسله پورته کړې ده.", "ps")]
    [InlineData("قال شيوخ إن قرابة 300 قروي حملوا السلاح في وجه طالبان في بركه.", "ar")]
    [InlineData("قریب قریب 300 دیہاتیوں نے برکہ میں طالبان کے خلاف ہتھیار اٹھا لیے ہیں۔", "ur")]
    [InlineData("Près de 300 villageois ont pris les armes contre les talibans à Bourka.", "fr")]
    public void People_who_took_up_arms_are_mobilised(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 300, "nearly");

    [Theory]
    [InlineData("Rund 90 Familien aus Chamjab harren am Ufer aus und hoffen auf die Überfahrt.", "de")]
    [InlineData("Environ 90 familles venues de Khamyab s'abritent sur la rive, a indiqué un responsable.", "fr")]
    [InlineData("Environ 90 familles venues de Khamyab attendent sur la rive dans l'espoir de traverser.", "fr")]
    [InlineData("وقال مسؤول إن نحو 90 أسرة من خمياب تحتمي على الضفة.", "ar")]
    [InlineData("About 90 families from Khamyab are on the river bank hoping to cross.", "en")]
    public void Families_who_shelter_or_hope_to_cross_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 90, "about");

    [Theory]
    [InlineData("تاجکستان نے ضلع جامی میں ایک دستہ بھیجا ہے جس کی نفری 650 سے زیادہ نہیں، وزارت نے کہا۔", "ur", "up-to")]
    [InlineData("تاجکستان نے ضلع جامی میں ایک دستہ بھیجا ہے جس کی نفری 650 ہے۔", "ur", "exact")]
    [InlineData("Tajikistan sent a battalion with a strength of 650 to Jomi, the ministry said.", "en", "exact")]
    [InlineData("Таджикистан направил в Джоми батальон численностью до 650, сообщило министерство.", "ru", "up-to")]
    [InlineData("Tadschikistan schickte ein Bataillon mit einer Stärke von 650 in den Bezirk Dschomi.", "de", "exact")]
    [InlineData("Le Tadjikistan a envoyé un bataillon d'un effectif de 650 à Djomi, selon le ministère.", "fr", "exact")]
    [InlineData("Tajikistan mengirim satu batalion berkekuatan 650 ke Jomi, kata kementerian.", "id", "exact")]
    [InlineData("أرسلت طاجيكستان كتيبة قوامها 650 إلى جامي، بحسب الوزارة.", "ar", "exact")]
    public void A_force_counted_by_its_strength_is_soldiers(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", 650, qualifier);

    [Fact]
    public void Indonesian_reservis_with_a_dot_for_thousands_are_reservists() =>
        QuantityAssert.Single("Kantor militer distrik memanggil 1.800 reservis untuk latihan.", "id", "reservists", 1800, "exact");

    [Fact]
    public void Pashto_border_guards_in_the_oblique_plural_are_soldiers() =>
        QuantityAssert.Single("لږ تر لږه ۳۵ افغان پوله ساتو چې خپلې پوستې یې پرېښې وې، سیند ته واوښتل.", "ps", "soldiers", 35, "at-least");
}
