using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes round 32's unseen part and the fifth held-out number batch missed: volunteers, and men who enlisted, are reservists
/// ("more than 500 volunteers", "записались", "ثبت نام کردند"); people evacuated are refugees in the forms each language writes it
/// ("тахлия шуда буданд", "ایستل شوي", "تم إجلاؤهم", "نکالے گئے"); youths, the Russian dative and the Pashto oblique count men ("шабا",
/// "мужчинам", "سړو"); words may stand between a verb of giving and the weapons ("erhielten am Montag von der Polizei Gewehre", "اسلحه و
/// مهمات گرفتند"); an estimate may have a verb or a place between it and its number; families who reached a place came from elsewhere.
/// All sentences are constructed for these tests.
/// </summary>
public class VolunteersEvacueesAndWeaponsApartTests
{
    [Theory]
    [InlineData("About 420 volunteers from Vanj began patrolling the river bank on Sunday, the district head said.", "en")]
    [InlineData("Rund 420 Freiwillige aus Wandsch patrouillieren seit Sonntag am Flussufer, sagte der Bezirksvorsteher.", "de")]
    [InlineData("Около 420 добровольцев из Ванча с воскресенья патрулируют берег реки, сообщил глава района.", "ru")]
    [InlineData("Тақрибан 420 ихтиёриён аз Ванҷ аз рӯзи якшанбе соҳили дарёро посбонӣ мекунанд, гуфт раиси ноҳия.", "tg")]
    [InlineData("حدود ۴۲۰ داوطلب از ونج از روز یکشنبه کنار دریا را گشت‌زنی می‌کنند، رئیس ناحیه گفت.", "fa")]
    [InlineData("شاوخوا ۴۲۰ داوطلبان له ونج څخه د یکشنبې له ورځې د سیند غاړه څاري، د ولسوالۍ مشر وویل.", "ps")]
    [InlineData("قال رئيس المديرية إن نحو 420 متطوعا من فانج يسيرون دوريات على ضفة النهر منذ يوم الأحد.", "ar")]
    [InlineData("ضلع کے سربراہ نے کہا کہ ونج کے تقریباً 420 رضاکار اتوار سے دریا کے کنارے گشت کر رہے ہیں۔", "ur")]
    [InlineData("Sekitar 420 sukarelawan dari Vanj berpatroli di tepi sungai sejak Minggu, kata ketua distrik.", "id")]
    [InlineData("Quelque 420 volontaires de Vanj patrouillent depuis dimanche sur la rive du fleuve, a indiqué le chef du district.", "fr")]
    public void Volunteers_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 420, "about");

    [Theory]
    [InlineData("Officials in Vanj enlisted about 420 local men on Sunday, the district head said.", "en")]
    [InlineData("In Wandsch wurden am Sonntag rund 420 Männer aus der Gegend angeworben, sagte der Bezirksvorsteher.", "de")]
    [InlineData("Около 420 местных мужчин в воскресенье записались в ополчение в Ванче, сообщил глава района.", "ru")]
    [InlineData("Тақрибан 420 марди маҳаллӣ рӯзи якшанбе дар Ванҷ номнавис шуданд, гуфт раиси ноҳия.", "tg")]
    [InlineData("حدود ۴۲۰ مرد محلی روز یکشنبه در ونج ثبت نام کردند، رئیس ناحیه گفت.", "fa")]
    [InlineData("شاوخوا ۴۲۰ سیمه ییزو سړو د یکشنبې په ورځ په ونج کې نوم لیکنه وکړه، د ولسوالۍ مشر وویل.", "ps")]
    [InlineData("قال رئيس المديرية إن السلطات جندت نحو 420 رجلا في فانج يوم الأحد.", "ar")]
    [InlineData("ضلع کے سربراہ نے کہا کہ اتوار کو ونج میں تقریباً 420 مقامی مردوں کو بھرتی کیا گیا۔", "ur")]
    [InlineData("Sekitar 420 pria setempat mendaftar di Vanj pada Minggu, kata ketua distrik.", "id")]
    [InlineData("Quelque 420 hommes de Vanj se sont enrôlés dimanche, a indiqué le chef du district.", "fr")]
    public void Men_who_enlisted_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 420, "about");

    [Theory]
    [InlineData("Шабона ҳавопаймо 120 афғонеро, ки аз Мазори Шариф тахлия шуда буданд, ба Кӯлоб овард.", "tg")]
    [InlineData("الوتکې د شپې ۱۲۰ افغانان چې له مزار شریف څخه ایستل شوي وو، کولاب ته راوړل.", "ps")]
    [InlineData("نقلت الطائرة ليلا 120 أفغانيا تم إجلاؤهم من مزار شريف إلى كولاب.", "ar")]
    [InlineData("طیارہ رات کو مزار شریف سے نکالے گئے 120 افغانوں کو کولاب لے آیا۔", "ur")]
    public void People_evacuated_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 120, "exact");

    [Theory]
    [InlineData("The police handed rifles to about 260 youths in Darvoz on Monday.", "en")]
    [InlineData("Rund 260 Jugendliche in Darwos erhielten am Montag Gewehre.", "de")]
    [InlineData("Власти в понедельник выдали автоматы примерно 260 мужчинам в Дарвазе.", "ru")]
    [InlineData("Тақрибан 260 ҷавон дар Дарвоз рӯзи душанбе яроқ гирифтанд.", "tg")]
    [InlineData("حدود ۲۶۰ جوان در درواز روز دوشنبه تفنگ گرفتند.", "fa")]
    [InlineData("پولیسو د دوشنبې په ورځ په درواز کې شاوخوا ۲۶۰ ځوانانو ته ټوپکونه ورکړل.", "ps")]
    [InlineData("وزعت الشرطة يوم الاثنين بنادق على نحو 260 شابا في دارواز.", "ar")]
    [InlineData("پولیس نے پیر کو درواز میں تقریباً 260 نوجوانوں میں بندوقیں تقسیم کیں۔", "ur")]
    [InlineData("Sekitar 260 pemuda di Darvoz menerima senjata pada Senin.", "id")]
    [InlineData("Quelque 260 jeunes de Darvoz ont reçu des fusils lundi.", "fr")]
    public void Youths_given_weapons_are_mobilised(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 260, "about");

    [Theory]
    [InlineData("About 260 men in Darvoz were issued new rifles on Monday.", "en")]
    [InlineData("Rund 260 Männer in Darwos erhielten am Montag von der Polizei Gewehre.", "de")]
    [InlineData("Около 260 мужчин в Дарвазе получили в понедельник от полиции автоматы.", "ru")]
    [InlineData("Тақрибан 260 мард дар Дарвоз рӯзи душанбе яроқ ва тир гирифтанд.", "tg")]
    [InlineData("حدود ۲۶۰ مرد در درواز روز دوشنبه اسلحه و مهمات گرفتند.", "fa")]
    [InlineData("شاوخوا ۲۶۰ سړو د دوشنبې په ورځ په درواز کې وسلې او مهمات واخیستل.", "ps")]
    [InlineData("وحصل نحو 260 رجلا في دارواز على بنادق يوم الاثنين.", "ar")]
    [InlineData("La police a distribué lundi des fusils à quelque 260 hommes de Darvoz.", "fr")]
    public void Words_between_a_verb_of_giving_and_the_weapons_keep_men_mobilised(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 260, "about");

    [Theory]
    [InlineData("About 260 men in Darvoz handed over their weapons to the police on Monday.", "en")]
    [InlineData("Quelque 260 hommes de Darvoz ont reçu l'ordre de déposer les armes lundi.", "fr")]
    [InlineData("Около 260 мужчин в Дарвазе получили приказ сдать оружие.", "ru")]
    [InlineData("حدود ۲۶۰ مرد در درواز سلاح‌های خود را تحویل دادند.", "fa")]
    public void Men_who_lay_down_or_hand_over_weapons_are_not_mobilised(string text, string language) =>
        Assert.DoesNotContain(NumberFinder.Quantities(text, language), q => q.Key == "reservists");

    [Theory]
    [InlineData("By local estimates, Kunduz now shelters 640 families who fled Khamyab.", "en")]
    [InlineData("Nach Schätzungen der Behörden sind 640 Familien aus Chamjab geflohen.", "de")]
    [InlineData("По оценкам, в Кундуз бежали 640 семей из Хамьяба.", "ru")]
    [InlineData("Тибқи арзёбиҳо, ба Қундуз 640 оила аз Ҳамёб гурехтанд.", "tg")]
    [InlineData("طبق برآوردها از خمیاب ۶۴۰ خانواده گریخته‌اند.", "fa")]
    [InlineData("د اټکلونو له مخې له خمیاب څخه ۶۴۰ کورنۍ تښتېدلې دي.", "ps")]
    [InlineData("وبحسب التقديرات، فرت 640 عائلة من خمياب.", "ar")]
    [InlineData("اندازوں کے مطابق خمیاب سے 640 خاندان بھاگ گئے ہیں۔", "ur")]
    [InlineData("Menurut perkiraan, dari Khamyab 640 keluarga telah melarikan diri.", "id")]
    [InlineData("Selon les estimations, Kunduz accueille 640 familles ayant fui Khamyab.", "fr")]
    public void An_estimate_with_words_before_its_number_is_about_it(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 640, "about");

    [Theory]
    [InlineData("Nearly 640 families from Khamyab have reached Kunduz, officials said.", "en", "nearly")]
    [InlineData("Sekitar 640 keluarga dari Khamyab telah mencapai Kunduz, kata pejabat.", "id", "about")]
    [InlineData("Quelque 640 familles de Khamyab ont atteint Kunduz, selon des responsables.", "fr", "about")]
    public void Families_who_reached_a_place_are_refugees(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "refugees", 640, qualifier);

    [Theory]
    [InlineData("۳۰۰ خانواده داوطلبانه به خانه‌های خود در خمیاب برگشتند.", "fa")]
    [InlineData("300 خاندان رضاکارانہ طور پر خمیاب میں اپنے گھر بار واپس لوٹ گئے۔", "ur")]
    public void Going_back_voluntarily_is_no_volunteering(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 300, "exact");
}
