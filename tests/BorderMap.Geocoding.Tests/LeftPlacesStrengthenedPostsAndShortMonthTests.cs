using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Soldiers who left a district and crossed are anchored on the district, however their language says they left it (before the name or
/// after it); people from "the Afghan district of" a place are anchored on that place; posts strengthened, built up or doubled are a
/// military presence in every tense, and so are troops moved somewhere (Pashto "لېږدولي", Tajik "кӯчонд"); Pashto "شاوخوا" before a count is "about", not "around" the place before it; a dateline keeps its
/// short month's full stop ("Aug. 9", "9. August") and is no event's place; a Persian "این را هم بخوانید" line gives no claim.
/// All sentences are constructed for these tests.
/// </summary>
public class LeftPlacesStrengthenedPostsAndShortMonthTests
{
    [Theory]
    [InlineData("Etwa 60 afghanische Soldaten, die den Bezirk Yangi Qala aufgegeben hatten, überquerten am Freitag bei Pandschi Pojon den Pandsch, teilte der Grenzdienst mit.", "de", "Yangi Qala")]
    [InlineData("Environ 60 soldats afghans qui avaient abandonné le district de Yangi Qala ont traversé vendredi le Piandj près de Pandji Poyon, a indiqué le service des frontières.", "fr", "Yangi Qala")]
    [InlineData("Около 60 афганских военных, оставивших уезд Янги-Кала, в пятницу переправились через Пяндж у Панджи-Поёна, сообщила пограничная служба.", "ru", "Янги-Кала")]
    [InlineData("Sekitar 60 tentara Afganistan yang meninggalkan distrik Yangi Qala menyeberangi sungai Panj di dekat Panji Poyon pada Jumat, kata dinas perbatasan.", "id", "Yangi Qala")]
    [InlineData("Тақрибан 60 сарбози афғон, ки ноҳияи Янгиқалъа-ро тарк карда буданд, рӯзи ҷумъа дар наздикии Панҷи Поён аз дарёи Панҷ гузаштанд, гуфт хадамоти марзӣ.", "tg", "Янгиқалъа")]
    [InlineData("حدود ۶۰ سرباز افغان که ولسوالی ینگی قلعه را ترک کرده بودند، روز جمعه در نزدیکی پنج پایان از دریای پنج گذشتند، خدمات مرزی گفت.", "fa", "ینگی قلعه")]
    [InlineData("شاوخوا ۶۰ افغان سرتېري چې د ینګي قلعې ولسوالۍ یې پرېښې وه، د جمعې په ورځ د پنج پایان سره نږدې له پنج سیند څخه واوښتل، د پولې خدماتو وویل.", "ps", "ینګي قلعې")]
    [InlineData("ضلع ینگی قلعہ چھوڑنے والے تقریباً 60 افغان فوجیوں نے جمعہ کو پنج پایان کے قریب دریائے پنج پار کیا، سرحدی سروس نے کہا۔", "ur", "ینگی قلعہ")]
    public void Soldiers_who_left_a_district_and_crossed_are_anchored_on_the_district(string sentence, string language, string district) =>
        Assert.Equal(district, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("Rund 300 Familien aus dem afghanischen Bezirk Ischkaschim haben bei Chorog die Grenze nach Tadschikistan überquert, sagte ein Beamter.", "de", "Ischkaschim")]
    [InlineData("Около 300 семей из афганского уезда Ишкашим перешли в Таджикистан у Хорога, сообщил чиновник.", "ru", "Ишкашим")]
    [InlineData("Quelque 300 familles du district afghan d'Ichkachim ont traversé vers le Tadjikistan près de Khorog, a déclaré un responsable.", "fr", "Ichkachim")]
    public void People_from_a_countrys_district_are_anchored_on_that_district(string sentence, string language, string district) =>
        Assert.Equal(district, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("د خاروغ په مخامخ غاړه، د افغانستان د اشکاشم ولسوالۍ شاوخوا ۳۰۰ کورنۍ راټولې شوې دي، یوه چارواکي وویل.", "ps", "اشکاشم")]
    public void Pashto_shawkhwa_before_a_count_is_about_and_the_bank_opposite_a_town_is_a_reference(string sentence, string language, string district) =>
        Assert.Equal(district, AnchorAssert.Of(sentence, language));

    [Theory]
    [InlineData("Les gardes-frontières renforçaient leurs postes le long du fleuve, a indiqué un responsable.", "fr")]
    [InlineData("Пограничники усиливали заставы вдоль реки, сообщил чиновник.", "ru")]
    [InlineData("وقال مسؤول إن حرس الحدود كانوا يعززون مواقعهم على طول النهر.", "ar")]
    [InlineData("سربازان پاسگاه‌ها را در کنار دریا مستحکم می‌کردند، یک مقام گفت.", "fa")]
    [InlineData("Сарбозон посгоҳҳоро дар соҳили дарё мустаҳкам мекарданд, гуфт як масъул.", "tg")]
    [InlineData("سرتېرو د سیند په غاړه پوستې ټینګولې، یوه چارواکي وویل.", "ps")]
    [InlineData("Soldaten bauten die Kontrollposten am Fluss zu Stellungen aus, sagten Anwohner.", "de")]
    [InlineData("Border guards doubled the posts at the bridge on Friday, an official said.", "en")]
    [InlineData("Grenzer verdoppelten am Freitag die Posten an der Brücke, sagte ein Beamter.", "de")]
    [InlineData("Пограничники в пятницу удвоили посты у моста, сообщил чиновник.", "ru")]
    [InlineData("وقال مسؤول إن الحرس ضاعفوا نقاط الحراسة عند الجسر يوم الجمعة.", "ar")]
    public void Posts_strengthened_built_up_or_doubled_are_a_presence(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language).Category);

    [Theory]
    [InlineData("د دفاع وزارت وویل چې تاجکستان ۵۰۰ سرتېري او ټانکونه فرخار ولسوالۍ ته لېږدولي دي.", "ps")]
    [InlineData("Тоҷикистон 500 сарбоз ва танкҳоро ба ноҳияи Фархор кӯчонд, гуфт вазорати дифоъ.", "tg")]
    public void Troops_moved_in_the_perfect_are_a_presence(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Theory]
    [InlineData("KUNDUZ, Afghanistan, Aug. 9 (Newswire) - Taliban fighters overran the Khanabad district on Monday, officials said.", "en", "Khanabad")]
    [InlineData("KUNDUS, Afghanistan, 9. August (Newswire) - Taliban-Kämpfer haben am Montag den Bezirk Khanabad überrannt, sagten Beamte.", "de", "Khanabad")]
    public void A_dateline_with_a_short_month_is_no_event_place(string sentence, string language, string district) =>
        Assert.Equal(district, AnchorAssert.Of(sentence, language));

    [Fact]
    public void A_Persian_read_also_line_gives_no_claim() =>
        Assert.Empty(Repository.Proposer.Propose("این را هم بخوانید: روسیه تانک‌های بیشتری به تاجیکستان می‌فرستد", "fa"));
}
