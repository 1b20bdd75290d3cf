using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes the fourth held-out number batch missed: men given or handed weapons are mobilised as men armed are ("were given rifles",
/// "получили винтовки", "استلموا بنادق", "ہتھیار دیے گئے"); a count said to be estimated ("by some estimates, 640", "по одной из оценок,
/// 640", "د اټکلونو له مخې ۶۴۰") is about it; demonyms between a count and its noun ("Three hundred Tajik and Russian troops", "درې سوه
/// تاجک او روسي سرتېري") do not use up the reach to the noun; and Pashto closes "from" before "to" in a range ("له ۲۰۰ څخه تر ۳۰۰").
/// All sentences are constructed for these tests.
/// </summary>
public class GivenWeaponsEstimatesAndLongNounPhrasesTests
{
    [Theory]
    [InlineData("Officials said about 180 men from Warduj were given rifles to defend the district centre.", "en")]
    [InlineData("Beamte sagten, etwa 180 Männer aus Warduch hätten Gewehre erhalten, um das Bezirkszentrum zu verteidigen.", "de")]
    [InlineData("По словам чиновников, около 180 мужчин из Варджа получили винтовки для защиты районного центра.", "ru")]
    [InlineData("Мақомот гуфтанд, ки тақрибан 180 мард аз Ворҷ барои ҳимояи маркази ноҳия яроқ гирифтанд.", "tg")]
    [InlineData("مقامات گفتند حدود ۱۸۰ مرد از وردوج برای دفاع از مرکز ولسوالی تفنگ گرفتند.", "fa")]
    [InlineData("چارواکو وویل چې شاوخوا ۱۸۰ سړي د ولسوالۍ د مرکز د دفاع لپاره ټوپکونه ترلاسه کړل.", "ps")]
    [InlineData("قال مسؤولون إن نحو 180 رجلا من وردوج استلموا بنادق للدفاع عن مركز المديرية.", "ar")]
    [InlineData("حکام نے کہا کہ تقریباً 180 مردوں کو ضلعی مرکز کے دفاع کے لیے ہتھیار دیے گئے۔", "ur")]
    [InlineData("Pejabat mengatakan sekitar 180 pria dari Warduj menerima senjata untuk mempertahankan pusat distrik.", "id")]
    [InlineData("Des responsables ont indiqué qu'environ 180 hommes de Wardouj ont reçu des fusils pour défendre le chef-lieu du district.", "fr")]
    public void Men_given_weapons_are_mobilised(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 180, "about");

    [Theory]
    [InlineData("By some estimates, 640 families have fled Khamyab for the river bank.", "en")]
    [InlineData("Die Behörden zählten nach ersten Schätzungen 640 Familien, die aus Chamjab an das Flussufer geflohen sind.", "de")]
    [InlineData("По одной из оценок, 640 семей бежали из Хамьяба к берегу реки.", "ru")]
    [InlineData("Тибқи арзёбиҳо, 640 оила аз Ҳамёб ба соҳили дарё гурехтанд.", "tg")]
    [InlineData("طبق برآوردها ۶۴۰ خانواده از خمیاب به کنار رود گریخته‌اند.", "fa")]
    [InlineData("د اټکلونو له مخې ۶۴۰ کورنۍ له خمیاب څخه د سیند غاړې ته تښتېدلې دي.", "ps")]
    [InlineData("تشير التقديرات إلى أن 640 عائلة فرت من خمياب إلى ضفة النهر.", "ar")]
    [InlineData("اندازوں کے مطابق 640 خاندان خمیاب سے دریا کے کنارے بھاگ گئے ہیں۔", "ur")]
    [InlineData("Menurut perkiraan, 640 keluarga telah melarikan diri dari Khamyab ke tepi sungai.", "id")]
    [InlineData("Selon les estimations, 640 familles ont fui Khamyab vers la rive du fleuve.", "fr")]
    public void A_count_said_to_be_estimated_is_about_it(string text, string language) =>
        QuantityAssert.Single(text, language, "refugees", 640, "about");

    [Theory]
    [InlineData("Three hundred Tajik and Russian motorised troops arrived in Dushanbe on Monday.", "en", 300, "exact")]
    [InlineData("Dreihundert tadschikische und russische motorisierte Soldaten trafen am Montag in Duschanbe ein.", "de", 300, "exact")]
    [InlineData("Триста таджикских и российских военнослужащих прибыли в Душанбе в понедельник.", "ru", 300, "exact")]
    [InlineData("درې سوه تاجک او روسي سرتېري د دوشنبې په ورځ دوشنبې ښار ته ورسېدل.", "ps", 300, "exact")]
    [InlineData("تین سو تاجک اور روسی فوجی پیر کو دوشنبے پہنچے۔", "ur", 300, "exact")]
    [InlineData("More than 900 lightly armed Tajik and Russian soldiers arrived in Dushanbe on Monday.", "en", 900, "more-than")]
    [InlineData("Mehr als 900 leicht bewaffnete tadschikische und russische Soldaten trafen am Montag in Duschanbe ein.", "de", 900, "more-than")]
    [InlineData("Более 900 легко вооружённых таджикских и российских военнослужащих прибыли в Душанбе в понедельник.", "ru", 900, "more-than")]
    public void Demonyms_between_a_count_and_its_noun_do_not_use_up_its_reach(string text, string language, double value, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", value, qualifier);

    [Theory]
    [InlineData("د شنبې په ورځ له ۲۰۰ څخه تر ۳۰۰ پورې کډوال تاجکستان ته واوښتل.")]
    [InlineData("د شنبې په ورځ له ۲۰۰ نه تر ۳۰۰ پورې کډوال تاجکستان ته واوښتل.")]
    public void A_pashto_range_closes_from_before_to(string text)
    {
        var read = NumberFinder.Quantities(text, "ps");
        Assert.Equal(
            [("refugees", 200.0, "at-least"), ("refugees", 300.0, "up-to")],
            read.Select(q => (q.Key, q.Value, q.Qualifier)));
    }
}
