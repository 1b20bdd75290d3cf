using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes the twelfth number batch missed: families under awnings are refugees; men who put their names on local defence councils'
/// lists, and young men at recruiting offices, are reservists; Tajik villagers in the accusative and Pashto people equipped ("سمبال") with
/// rifles are counted; and a count of vehicles or weapons is no count of the soldiers or people its adjective names ("42 military vehicles",
/// "400 гражданских грузовиков"). All sentences are constructed for these tests.
/// </summary>
public class AwningsCouncilsOfficesAndCountedThingsTests
{
    // Families sleeping under awnings or shades have taken shelter as those under tarpaulins have.
    [Theory]
    [InlineData("Over 70 families from Yangi Qala are sleeping under awnings by the road to Taloqan, an aid worker said.", "en")]
    [InlineData("Lebih dari 70 keluarga dari Yangi Qala tidur di bawah naungan di pinggir jalan ke Taloqan, kata seorang pekerja bantuan.", "id")]
    [InlineData("Über 70 Familien aus Jangi Kala schlafen unter Sonnensegeln an der Straße nach Talokan, sagte ein Helfer.", "de")]
    [InlineData("Свыше 70 семей из Янги-Калы ночуют под навесами у дороги на Талукан, сообщил сотрудник гуманитарной организации.", "ru")]
    [InlineData("Беш аз 70 оила аз Янгиқалъа дар канори роҳи Толиқон зери соябонҳо шаб мегузаронанд, гуфт як корманди кумакрасон.", "tg")]
    [InlineData("بیش از ۷۰ خانواده از ینگی قلعه در کنار راه تالقان زیر سایبان‌ها شب را می‌گذرانند، یک امدادگر گفت.", "fa")]
    [InlineData("له ۷۰ زیاتې کورنۍ له ینګي قلعې څخه د تالقان د لارې پر غاړه د سیوريو لاندې شپې تېروي، یوه مرستندوی وویل.", "ps")]
    [InlineData("تبيت أكثر من 70 أسرة من ينكي قلعة تحت مظلات على طريق طالقان، بحسب عامل إغاثة.", "ar")]
    [InlineData("ینگی قلعہ کے 70 سے زائد خاندان طالقان کی سڑک کے کنارے سائبانوں کے نیچے راتیں گزار رہے ہیں، ایک امدادی کارکن نے کہا۔", "ur")]
    [InlineData("Plus de 70 familles de Yangi Qala dorment sous des auvents au bord de la route de Taloqan, selon un humanitaire.", "fr")]
    public void Families_under_awnings_are_refugees(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 70, "more-than");

    // Men who put their names on a local defence council's lists are the reserve it raises.
    [Theory]
    [InlineData("More than 1,400 men in Darvoz have put their names on the lists of the district defence council, the chairman said.", "en")]
    [InlineData("Lebih dari 1.400 pria di Darvoz telah mencatatkan nama mereka dalam daftar dewan pertahanan distrik, kata ketua distrik.", "id")]
    [InlineData("Mehr als 1.400 Männer in Darwas haben sich in die Listen des Verteidigungsrats des Bezirks eingetragen, sagte der Vorsitzende.", "de")]
    [InlineData("Более 1400 мужчин в Дарвазе вписали свои имена в списки районного совета обороны, сообщил председатель.", "ru")]
    [InlineData("Зиёда аз 1400 мард дар Дарвоз номҳои худро ба рӯйхати шӯрои мудофиаи ноҳия сабт карданд, гуфт раис.", "tg")]
    [InlineData("بیش از ۱۴۰۰ مرد در درواز نام‌های خود را در فهرست شورای دفاع ولسوالی ثبت کرده‌اند، رئیس گفت.", "fa")]
    [InlineData("په درواز کې له ۱۴۰۰ ډېرو سړو خپل نومونه د ولسوالۍ د دفاعي شورا په لېست کې ثبت کړي دي، مشر وویل.", "ps")]
    [InlineData("أدرج أكثر من 1400 رجل في درواز أسماءهم في قوائم مجلس الدفاع في المديرية، بحسب رئيس المجلس.", "ar")]
    [InlineData("درواز میں 1,400 سے زیادہ مردوں نے ضلعی دفاعی کونسل کی فہرست میں اپنے نام درج کرائے ہیں، چیئرمین نے کہا۔", "ur")]
    [InlineData("Plus de 1 400 hommes de Darvoz ont inscrit leur nom sur les listes du conseil de défense du district, selon son président.", "fr")]
    public void Men_on_a_defence_councils_lists_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 1400, "more-than");

    // Young men queuing at recruiting offices are reservists, in the languages that name the office after the call-up.
    [Theory]
    [InlineData("Hingga 500 pemuda dari Kishim mengantre di depan kantor perekrutan, kata seorang warga.", "id")]
    [InlineData("تا ۵۰۰ جوان از کشم در برابر دفتر جلب و جذب صف کشیده‌اند، یک باشنده گفت.", "fa")]
    [InlineData("تر ۵۰۰ پورې ځوانان له کشم څخه د جلب دفتر مخې ته په کتار ولاړ دي، یوه اوسېدونکي وویل.", "ps")]
    public void Young_men_at_recruiting_offices_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 500, "up-to");

    // Tajik counts villagers in the accusative too; Pashto equips people "with" rifles by "سمبال" as by "مجهز".
    [Theory]
    [InlineData("Фармондеҳон тақрибан 220 деҳотиро бо милтиқ мусаллаҳ карданд, гуфт як сокин.", "tg")]
    [InlineData("قوماندانانو شاوخوا ۲۲۰ کلیوال په زړو ټوپکو سمبال کړل، یوه اوسېدونکي وویل.", "ps")]
    public void Villagers_armed_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 220, "about");

    // A count of vehicles or weapons is no count of people, though "military" or "civilian" is a word for soldiers or people: only the
    // soldiers are counted.
    [Theory]
    [InlineData("About 260 Afghan soldiers crossed the Panj with 35 military vehicles, the border service said.", "en")]
    [InlineData("Etwa 260 afghanische Soldaten überquerten mit 35 Militärfahrzeugen den Pandsch, teilte der Grenzdienst mit.", "de")]
    [InlineData("Около 260 афганских солдат переправились через Пяндж на 35 военных машинах, сообщила погранслужба.", "ru")]
    [InlineData("حدود ۲۶۰ سرباز افغان با ۳۵ عراده موتر نظامی از دریای پنج عبور کردند، خدمات مرزی گفت.", "fa")]
    [InlineData("شاوخوا ۲۶۰ افغان سرتېري له ۳۵ پوځي موټرو سره له پنج څخه واوښتل، د پولې خدمت وویل.", "ps")]
    [InlineData("عبر نحو 260 جنديا أفغانيا نهر بنج على متن 35 آلية عسكرية، بحسب جهاز الحدود.", "ar")]
    [InlineData("تقریباً 260 افغان فوجی 35 فوجی گاڑیوں کے ساتھ دریائے پنج پار کر گئے، سرحدی سروس نے کہا۔", "ur")]
    [InlineData("Environ 260 soldats afghans ont franchi le Piandj avec 35 véhicules militaires, selon le service des frontières.", "fr")]
    public void Military_vehicles_beside_soldiers_are_not_counted(string text, string language) =>
        QuantityAssert.Single(text, language, "soldiers", 260, "about");

    // Lorries requisitioned beside reservists called up are no reservists, whether "civilian" is a people word or the army follows.
    [Theory]
    [InlineData("Тоҷикистон 3000 захиравиро даъват кард ва 120 мошини боркаши шаҳрвандиро мусодира намуд.", "tg")]
    [InlineData("Таджикистан призвал 3000 резервистов и реквизировал 120 гражданских грузовиков.", "ru")]
    [InlineData("Tajikistan memanggil 3.000 tentara cadangan dan menyita 120 truk sipil untuk tentara.", "id")]
    [InlineData("Le Tadjikistan a rappelé 3 000 réservistes et réquisitionné 120 camions civils.", "fr")]
    public void Lorries_beside_reservists_are_not_counted(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 3000, "exact");

    // Weapons further on say how the soldiers counted were armed, boats carry refugees, and armoured vehicles after soldiers are what they
    // came with: none stops the count ("وسله وال", armed; "فوجی بکتر بند گاڑیوں کے ساتھ", soldiers with armoured vehicles).
    [Theory]
    [InlineData("Nearly 180 heavily armed Tajik soldiers were deployed, the ministry said.", "en", "soldiers", 180)]
    [InlineData("نږدې ۱۸۰ درانه وسله وال تاجک سرتېري ځای پر ځای شول، وزارت وویل.", "ps", "soldiers", 180)]
    [InlineData("Fast 180 schwer bewaffnete tadschikische Soldaten wurden verlegt, teilte das Ministerium mit.", "de", "soldiers", 180)]
    [InlineData("Nearly 180 refugees crossed the Panj in boats, the border service said.", "en", "refugees", 180)]
    [InlineData("تاجکستان نے کم از کم 180 فوجی بکتر بند گاڑیوں کے ساتھ ضلع وانج میں تعینات کر دیے ہیں، وزارت دفاع نے کہا۔", "ur", "soldiers", 180)]
    public void Armed_soldiers_are_still_counted(string text, string language, string key, double value) =>
        Assert.Equal((key, value), NumberFinder.Quantities(text, language).Select(q => (q.Key, q.Value)).Single());
}
