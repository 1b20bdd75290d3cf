using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Counts of people whose role is said by a verb in a form other than the past: a call or a readiness to take up arms, in the
/// infinitive, the verbal noun or a participle ("bereit, die Waffen zu ergreifen", "призыв взяться за оружие", "жителей, взявшихся за
/// оружие", "барои ба даст гирифтани силоҳ", "برای برداشتن سلاح", "چې وسلې واخلي", "دعوة لحمل الأسلحة"), makes them mobilised as
/// the past does; families waiting in the Arabic present said of a feminine subject ("٣٥٠ أسرة تنتظر", 350 families wait) or in hope
/// of crossing ("أملاً في العبور") are refugees. All sentences are constructed for these tests.
/// </summary>
public class CallsToArmsAndWaitingFormsTests
{
    [Theory]
    [InlineData("Elders said some 220 young men had picked up arms to guard the bazaar of Rustaq.", "en")]
    [InlineData("Elders said some 220 young men were ready to take up weapons to guard the bazaar of Rustaq.", "en")]
    [InlineData("Die Ältesten sagten, etwa 220 junge Männer seien bereit, zu den Waffen zu greifen, um den Basar von Rustak zu schützen.", "de")]
    [InlineData("Die Ältesten sagten, etwa 220 junge Männer hätten die Waffen ergriffen, um den Basar von Rustak zu schützen.", "de")]
    [InlineData("Die Ältesten sagten, etwa 220 junge Männer seien bereit, die Waffen zu ergreifen, um den Basar von Rustak zu schützen.", "de")]
    [InlineData("По словам старейшин, около 220 молодых мужчин готовы взяться за оружие, чтобы охранять базар Рустака.", "ru")]
    [InlineData("По словам старейшин, около 220 молодых мужчин, взявшихся за оружие, охраняют базар Рустака.", "ru")]
    [InlineData("По словам старейшин, около 220 молодых мужчин решили взять оружие в руки и охранять базар Рустака.", "ru")]
    [InlineData("Ришсафедон гуфтанд, ки тахминан 220 марди ҷавон барои ба даст гирифтани силоҳ ва посбонии бозори Рустоқ омодаанд.", "tg")]
    [InlineData("Ришсафедон гуфтанд, ки тахминан 220 марди ҷавон омодаанд силоҳ ба даст гиранд ва бозори Рустоқро посбонӣ кунанд.", "tg")]
    [InlineData("ریش‌سفیدان گفتند حدود ۲۲۰ مرد جوان برای برداشتن سلاح و پاسداری از بازار رستاق آماده‌اند.", "fa")]
    [InlineData("ریش‌سفیدان گفتند حدود ۲۲۰ مرد جوان آماده‌اند سلاح به دست بگیرند و از بازار رستاق پاسداری کنند.", "fa")]
    [InlineData("مشرانو وویل چې شاوخوا ۲۲۰ ځوان سړي چمتو دي چې وسلې واخلي او د رستاق بازار وساتي.", "ps")]
    [InlineData("مشرانو وویل چې شاوخوا ۲۲۰ ځوان سړي وسلې پورته کړې دي او د رستاق بازار ساتي.", "ps")]
    [InlineData("قال شيوخ إن حوالي 220 رجلا لبوا دعوة لحمل الأسلحة لحراسة سوق رستاق.", "ar")]
    [InlineData("Des anciens ont indiqué qu'environ 220 jeunes hommes, prenant les armes, gardent le bazar de Rostaq.", "fr")]
    public void People_called_or_ready_to_take_up_arms_are_mobilised(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 220, "about");

    [Theory]
    [InlineData("قال مسؤول إن نحو 350 أسرة تنتظر عند معبر شيرخان بندر منذ أيام.", "about")]
    [InlineData("قال مسؤول إن ما يقدر بنحو 350 أسرة تقف على ضفة النهر أملاً في العبور.", "about")]
    [InlineData("قال مسؤول إن نحو ٣٥٠ أسرة تقف على ضفة النهر أملا بالعبور إلى طاجيكستان.", "about")]
    public void Families_waiting_in_the_arabic_present_or_in_hope_of_crossing_are_refugees(string text, string qualifier) =>
        QuantityAssert.Single(text, "ar", "refugees", 350, qualifier);
}
