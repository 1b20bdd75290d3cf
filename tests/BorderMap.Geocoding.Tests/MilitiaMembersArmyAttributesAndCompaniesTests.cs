using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes the thirteenth number batch missed: members of militias and self-defence groups who took up arms are reservists; young
/// men who put their names down for volunteer battalions are reservists beside a gathering of residents; soldiers counted past a demonym
/// and "army and border" are soldiers; Russian "перемещённых лиц" (displaced persons) are refugees; Urdu "تک" after the unit bounds the
/// count; and a force's companies counted are no count of soldiers. All sentences are constructed for these tests.
/// </summary>
public class MilitiaMembersArmyAttributesAndCompaniesTests
{
    // Members of a self-defence group or a militia who took up arms are the reserve raised, wherever the force's name stands (Pashto and
    // Urdu name it before the number) and in Arabic with the verb opening the sentence and the weapons after the subject.
    [Theory]
    [InlineData("Nearly 800 members of village self-defence groups in Kishim have taken up arms against the Taliban, a local elder said.", "en")]
    [InlineData("Hampir 800 anggota kelompok bela diri desa di Kishim telah mengangkat senjata melawan Taliban, kata seorang tetua setempat.", "id")]
    [InlineData("Fast 800 Mitglieder dörflicher Selbstverteidigungsgruppen in Kischim haben gegen die Taliban zu den Waffen gegriffen, sagte ein Ältester.", "de")]
    [InlineData("Почти 800 членов сельских отрядов самообороны в Кишиме взялись за оружие против талибов, сообщил местный старейшина.", "ru")]
    [InlineData("Қариб 800 аъзои гурӯҳҳои худмудофиаи деҳот дар Кишм бар зидди Толибон силоҳ бардоштанд, гуфт як муйсафеди маҳаллӣ.", "tg")]
    [InlineData("نزدیک به ۸۰۰ عضو گروه‌های دفاع خودی روستایی در کشم علیه طالبان سلاح برداشته‌اند، یک ریش‌سفید محلی گفت.", "fa")]
    [InlineData("په کشم کې د کلیو د ځان ساتنې ډلو نږدې ۸۰۰ غړو د طالبانو پر ضد وسلې په لاس کې واخیستې، یوه سیمه ییز مشر وویل.", "ps")]
    [InlineData("حمل قرابة 800 من أعضاء مجموعات الدفاع الذاتي القروية في كشم السلاح ضد طالبان، بحسب أحد الوجهاء.", "ar")]
    [InlineData("کشم میں دیہی خود دفاعی گروپوں کے 800 کے قریب ارکان نے طالبان کے خلاف ہتھیار اٹھا لیے ہیں، ایک مقامی بزرگ نے کہا۔", "ur")]
    [InlineData("Près de 800 membres de groupes d'autodéfense villageois de Kichim ont pris les armes contre les talibans, a déclaré un ancien.", "fr")]
    public void Members_of_self_defence_groups_who_took_up_arms_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 800, "nearly");

    // Members are reservists only of a force raised that took up arms: militiamen disarmed, Taliban members, and members of parliament are not.
    [Theory]
    [InlineData("Some 200 members of the local militia laid down their weapons and were disarmed at the border, officials said.")]
    [InlineData("Over 200 Taliban members took up arms in Kunduz, officials said.")]
    [InlineData("Some 200 members of parliament met in Kabul on Monday, officials said.")]
    public void Members_of_no_force_raised_are_no_reservists(string text) =>
        Assert.DoesNotContain(NumberFinder.Quantities(text, "en"), q => q.Key == "reservists");

    // Young men who put their names down for volunteer battalions are reservists, though residents gathered where they did.
    [Theory]
    [InlineData("Crowds of residents gathered in Rustaq, where about 260 young men put their names down for the volunteer battalions, the governor said.", "en")]
    [InlineData("Des centaines d'habitants se sont rassemblés à Rostaq, où environ 260 jeunes hommes se sont inscrits dans les bataillons de volontaires, a déclaré le gouverneur.", "fr")]
    [InlineData("Сотни жителей собрались в Рустаке, где около 260 молодых людей записались в добровольческие батальоны, сообщил губернатор.", "ru")]
    public void Young_men_signed_up_for_volunteer_battalions_are_reservists(string text, string language) =>
        QuantityAssert.Single(text, language, "reservists", 260, "about");

    // A demonym before "army and border" soldiers says whose they are: the "and" joins the two attributes, not two groups. A demonym
    // alone still counts people.
    [Theory]
    [InlineData("شاوخوا ۴۲۰ افغان اردو او سرحدي سرتېري له سیند څخه وتښتېدل، چارواکو وویل.", "ps", "soldiers")]
    [InlineData("تقریباً 420 افغان فوج اور سرحدی دستوں کے اہلکار دریا پار کر کے تاجکستان پہنچ گئے، حکام نے کہا۔", "ur", "soldiers")]
    [InlineData("حدود ۴۲۰ افغان ارتش و مرزبانی از دریا عبور کردند، مقامات گفتند.", "fa", "soldiers")]
    [InlineData("شاوخوا ۴۲۰ افغان له سیند څخه وتښتېدل، چارواکو وویل.", "ps", "refugees")]
    [InlineData("تقریباً 420 افغان دریا پار بھاگ گئے، حکام نے کہا۔", "ur", "refugees")]
    public void Soldiers_of_the_army_and_border_after_a_demonym_are_soldiers(string text, string language, string key) =>
        QuantityAssert.Single(text, language, key, 420, "about");

    // Russian displaced persons by the participle, with "ё" or "е".
    [Theory]
    [InlineData("Более 1 300 перемещённых лиц живут в школах Кундуза, сообщили в ООН.")]
    [InlineData("Более 1300 перемещенных лиц ночуют под открытым небом у Талукана, сообщил сотрудник ООН.")]
    public void Russian_displaced_persons_are_refugees(string text) =>
        QuantityAssert.Single(text, "ru", "refugees", 1300, "more-than");

    // Urdu "تک" (up to) after the unit bounds the count, as right after the number; after another word it is "to" a place.
    [Theory]
    [InlineData("دریائے پنج کے ساتھ سرحد کے 40 کلومیٹر تک علاقے پر طالبان کا قبضہ ہے، ایک اہلکار نے کہا۔", "borderKm", 40, "up-to")]
    [InlineData("طالبان 40 کلومیٹر تک پیچھے ہٹ گئے، ایک اہلکار نے کہا۔", "km", 40, "up-to")]
    [InlineData("سرحد پر 40 تک فوجی تعینات ہیں، ایک اہلکار نے کہا۔", "soldiers", 40, "up-to")]
    [InlineData("40 فوجی سرحد تک پہنچ گئے، ایک اہلکار نے کہا۔", "soldiers", 40, "exact")]
    public void Urdu_up_to_after_the_unit_bounds_the_count(string text, string key, double value, string qualifier) =>
        QuantityAssert.Single(text, "ur", key, value, qualifier);

    // Companies counted hold soldiers, but the number counts the companies: only the kilometres they guard are a count.
    [Theory]
    [InlineData("Two companies of border troops guard the 60 km of river border in Shahritus, an officer said.", "en")]
    [InlineData("Zwei Kompanien Grenztruppen bewachen die 60 Kilometer Flussgrenze in Schahritus, sagte ein Offizier.", "de")]
    [InlineData("Две роты пограничников охраняют 60 километров речной границы в Шаартузе, сообщил офицер.", "ru")]
    [InlineData("Deux compagnies de gardes-frontières surveillent les 60 kilomètres de frontière fluviale à Chahritous, a indiqué un officier.", "fr")]
    [InlineData("دوه ټولۍ سرحدي ساتونکي په شهرتوس کې د سیند ۶۰ کیلومتره پوله ساتي، یوه افسر وویل.", "ps")]
    [InlineData("په شهرتوس کې د سیند ۶۰ کیلومتره پوله یوازې دوه ټولۍ ساتي، یوه افسر وویل.", "ps")]
    [InlineData("دو گروهان سرباز مرزی ۶۰ کیلومتر مرز دریایی در شهرتوس را نگهبانی می‌کنند، یک افسر گفت.", "fa")]
    [InlineData("Ду ротаи сарбозони марзӣ 60 километр марзи дарёиро дар Шаҳритус посбонӣ мекунанд, гуфт як афсар.", "tg")]
    [InlineData("Dua kompi tentara perbatasan menjaga 60 kilometer perbatasan sungai di Shahritus, kata seorang perwira.", "id")]
    [InlineData("تحرس سريتان من حرس الحدود 60 كيلومترا من الحدود النهرية في شهرتوس، بحسب ضابط.", "ar")]
    public void Companies_counted_are_no_soldiers(string text, string language) =>
        QuantityAssert.Single(text, language, "borderKm", 60, "exact");

    // Soldiers counted of companies or battalions named after them are still counted.
    [Theory]
    [InlineData("A battalion of 600 soldiers was sent to Ishkashim, the ministry said.", "en", "exact")]
    [InlineData("About 600 soldiers of two battalions were sent to Ishkashim, the ministry said.", "en", "about")]
    [InlineData("شاوخوا ۶۰۰ سرتېري د دوو کنډکونو څخه اشکاشم ته ولېږل شول، وزارت وویل.", "ps", "about")]
    public void Soldiers_of_battalions_are_still_counted(string text, string language, string qualifier) =>
        QuantityAssert.Single(text, language, "soldiers", 600, qualifier);
}
