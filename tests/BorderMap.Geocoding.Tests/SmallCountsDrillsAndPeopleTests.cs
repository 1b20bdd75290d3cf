using BorderMap.Core.Extraction;

namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Counts written as words below twenty and in hundreds, in every language; tens with their ones still one count; more qualifier
/// words of each language; villagers, women and children who fled counted as refugees; troops at drills a military presence unless
/// reservists are called up or counted. All sentences are constructed for these tests.
/// </summary>
public class SmallCountsDrillsAndPeopleTests
{
    [Theory]
    [InlineData("Twelve soldiers crossed the river on Monday.", "en")]
    [InlineData("Dua belas tentara menyeberangi sungai pada Senin.", "id")]
    [InlineData("Zwölf Soldaten überquerten am Montag den Fluss.", "de")]
    [InlineData("Douze soldats ont traversé la rivière lundi.", "fr")]
    [InlineData("Двенадцать военнослужащих пересекли реку в понедельник.", "ru")]
    [InlineData("Дувоздаҳ сарбоз рӯзи душанбе аз дарё гузаштанд.", "tg")]
    [InlineData("دوازده سرباز روز دوشنبه از رود گذشتند.", "fa")]
    [InlineData("دولس سرتېري د دوشنبې په ورځ له سیند څخه واوښتل.", "ps")]
    [InlineData("عبر اثنا عشر جنديا النهر يوم الاثنين.", "ar")]
    [InlineData("بارہ فوجی پیر کو دریا پار کر گئے۔", "ur")]
    public void Counts_below_twenty_in_words_are_read(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 12, "exact");

    [Theory]
    [InlineData("Three hundred soldiers crossed the river on Monday.", "en")]
    [InlineData("Tiga ratus tentara menyeberangi sungai pada Senin.", "id")]
    [InlineData("Dreihundert Soldaten überquerten am Montag den Fluss.", "de")]
    [InlineData("Trois cents soldats ont traversé la rivière lundi.", "fr")]
    [InlineData("Триста военнослужащих пересекли реку в понедельник.", "ru")]
    [InlineData("Сесад сарбоз рӯзи душанбе аз дарё гузаштанд.", "tg")]
    [InlineData("سیصد سرباز روز دوشنبه از رود گذشتند.", "fa")]
    [InlineData("درې سوه سرتېري د دوشنبې په ورځ له سیند څخه واوښتل.", "ps")]
    [InlineData("عبر ثلاثمائة جندي النهر يوم الاثنين.", "ar")]
    [InlineData("تین سو فوجی پیر کو دریا پار کر گئے۔", "ur")]
    public void Hundreds_in_words_are_read(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 300, "exact");

    [Theory]
    [InlineData("Сорок три военнослужащих пересекли реку.", "ru", 43)]
    [InlineData("Forty-three soldiers crossed the river.", "en", 43)]
    [InlineData("Soixante-dix-sept soldats ont traversé la rivière.", "fr", 77)]
    [InlineData("ثلاثة وأربعين جنديا عبروا النهر.", "ar", 43)]
    [InlineData("Чилу се сарбоз аз дарё гузаштанд.", "tg", 43)]
    [InlineData("درې څلوېښت سرتېري له سیند څخه واوښتل.", "ps", 43)]
    [InlineData("A hundred soldiers crossed the river.", "en", 100)]
    public void Tens_with_their_ones_stay_one_count(string sentence, string language, double value) =>
        QuantityAssert.Single(sentence, language, "soldiers", value, "exact");

    [Fact]
    public void A_count_word_joined_to_a_name_is_no_count() =>
        QuantityAssert.Single("در پنج‌شیر ۳۰۰ سرباز مستقر شدند.", "fa", "soldiers", 300, "exact");

    [Theory]
    [InlineData("Diperkirakan 300 tentara menyeberangi sungai.", "id", "about")]
    [InlineData("Um die 300 Soldaten überquerten den Fluss.", "de", "about")]
    [InlineData("Autour de 300 soldats ont traversé la rivière.", "fr", "about")]
    [InlineData("Au bas mot 300 soldats ont traversé la rivière.", "fr", "at-least")]
    [InlineData("В районе 300 военнослужащих пересекли реку.", "ru", "about")]
    [InlineData("Кам аз кам 300 сарбоз аз дарё гузаштанд.", "tg", "at-least")]
    [InlineData("Наздики 300 сарбоз аз дарё гузаштанд.", "tg", "nearly")]
    [InlineData("متجاوز از ۳۰۰ سرباز از رود گذشتند.", "fa", "more-than")]
    [InlineData("کم و بیش ۳۰۰ سرباز از رود گذشتند.", "fa", "about")]
    [InlineData("له ۳۰۰ نه زیات سرتېري له سیند څخه واوښتل.", "ps", "more-than")]
    [InlineData("أقل بقليل من 300 جندي عبروا النهر.", "ar", "nearly")]
    [InlineData("300 سے کچھ زیادہ فوجی دریا پار کر گئے۔", "ur", "more-than")]
    [InlineData("کم و بیش 300 فوجی دریا پار کر گئے۔", "ur", "about")]
    public void More_qualifier_words_take_the_API_s_values(string sentence, string language, string qualifier) =>
        QuantityAssert.Single(sentence, language, "soldiers", 300, qualifier);

    [Fact]
    public void German_an_die_before_a_number_is_a_preposition() =>
        QuantityAssert.Single("Das Ministerium schickte Soldaten an die 1344 Kilometer lange Grenze.", "de", "borderKm", 1344, "exact");

    [Theory]
    [InlineData("About 300 villagers fled the fighting.", "en")]
    [InlineData("About 300 women and children fled the fighting.", "en")]
    [InlineData("Sekitar 300 perempuan dan anak-anak mengungsi dari pertempuran.", "id")]
    [InlineData("Etwa 300 Dorfbewohner flohen vor den Kämpfen.", "de")]
    [InlineData("Environ 300 villageois ont fui les combats.", "fr")]
    [InlineData("Около 300 сельчан бежали от боёв.", "ru")]
    [InlineData("Тақрибан 300 деҳотиён аз ҷанг гурехтанд.", "tg")]
    [InlineData("حدود ۳۰۰ روستایی از جنگ گریختند.", "fa")]
    [InlineData("شاوخوا ۳۰۰ کلیوال له جګړې وتښتېدل.", "ps")]
    [InlineData("فر نحو 300 من القرويين من القتال.", "ar")]
    [InlineData("تقریباً 300 دیہاتی لڑائی سے بھاگ گئے۔", "ur")]
    public void Villagers_women_and_children_who_fled_are_refugees(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "refugees", 300, "about");

    [Theory]
    [InlineData("About 300 asylum seekers crossed into Tajikistan.", "en")]
    [InlineData("Etwa 300 Asylsuchende gelangten nach Tadschikistan.", "de")]
    [InlineData("حدود ۳۰۰ مهاجر افغان وارد تاجیکستان شدند.", "fa")]
    public void Asylum_seekers_and_migrants_are_refugees(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "refugees", 300, "about");

    [Theory]
    [InlineData("About 300 officers surrendered to the Taliban.", "en")]
    [InlineData("Около 300 офицеров сдались талибам.", "ru")]
    public void Officers_are_counted_with_the_soldiers(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "soldiers", 300, "about");

    [Theory]
    [InlineData("About 2,500 Tajik troops and reservists began drills near Roshtqala on Tuesday.", "en")]
    [InlineData("Sekitar 2.500 tentara dan pasukan cadangan Tajikistan memulai latihan di dekat Roshtqala.", "id")]
    [InlineData("Etwa 2500 tadschikische Soldaten und Reservisten haben bei Roschtkala mit einem Manöver begonnen.", "de")]
    [InlineData("Environ 2 500 militaires et réservistes tadjiks ont commencé des manœuvres près de Rochtkala.", "fr")]
    [InlineData("Около 2500 таджикских военнослужащих и резервистов начали учения у Рошткалы.", "ru")]
    [InlineData("Тақрибан 2500 сарбоз ва захиравии тоҷик дар наздикии Роштқалъа машқҳоро оғоз карданд.", "tg")]
    [InlineData("حدود ۲۵۰۰ سرباز و نیروی ذخیره در نزدیکی روشت‌قلعه رزمایشی را آغاز کردند.", "fa")]
    [InlineData("شاوخوا ۲۵۰۰ تاجک سرتېرو او احتیاط ځواکونو د روشت قلعه سره نږدې تمرینونه پیل کړل.", "ps")]
    [InlineData("بدأ نحو ٢٥٠٠ جندي وجندي احتياط مناورات قرب روشت قلعة.", "ar")]
    [InlineData("تقریباً 2,500 تاجک فوجیوں اور ریزرو اہلکاروں نے روشت قلعہ کے قریب مشقیں شروع کیں۔", "ur")]
    public void Troops_and_reservists_at_drills_are_a_military_presence(string sentence, string language) =>
        Assert.Equal("military-presence", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Theory]
    [InlineData("The defence ministry called up 2,500 reservists for exercises near Roshtqala.", "en")]
    [InlineData("Das Verteidigungsministerium berief Reservisten zu Übungen bei Roschtkala ein.", "de")]
    [InlineData("Минобороны призвало резервистов на учения у Рошткалы.", "ru")]
    [InlineData("واستدعت وزارة الدفاع جنود الاحتياط لإجراء مناورات قرب روشت قلعة.", "ar")]
    [InlineData("Тақрибан 500 сарбози захиравӣ ба машқҳо ҷалб шуданд.", "tg")]
    public void Reservists_called_up_or_counted_for_drills_are_a_mobilisation(string sentence, string language) =>
        Assert.Equal("mobilisation", CategoryCues.Suggest(sentence, false, language, NumberFinder.Quantities(sentence, language)).Category);

    [Theory]
    [InlineData("Nearly 1,800 soldiers and border guards held drills near Orzu, about 30 km south of Bokhtar.", "en")]
    [InlineData("Hampir 1.800 tentara dan penjaga perbatasan berlatih di dekat Orzu, sekitar 30 km di selatan Bokhtar.", "id")]
    [InlineData("Près de 1 800 militaires et gardes-frontières ont mené des exercices près d'Orzou, à environ 30 km au sud de Bokhtar.", "fr")]
    [InlineData("Қариб 1800 сарбоз ва марзбони тоҷик дар наздикии Орзу, тақрибан 30 километр ҷанубтар аз Бохтар, машқ карданд.", "tg")]
    [InlineData("نزدیک به ۱۸۰۰ سرباز و مرزبان در نزدیکی آرزو، حدود ۳۰ کیلومتری جنوب بختر، رزمایش کردند.", "fa")]
    [InlineData("نږدې ۱۸۰۰ سرتېرو او پوله ساتو د ارزو سره نږدې، شاوخوا ۳۰ کیلومتره د بختر سوېل ته، تمرین وکړ.", "ps")]
    [InlineData("أجرى قرابة ١٨٠٠ جندي وحارس حدود تدريبات قرب أورزو، على بعد نحو ٣٠ كيلومترا جنوب بختر.", "ar")]
    [InlineData("قریب 1,800 فوجیوں اور سرحدی محافظوں نے اورزو کے قریب، جو بختر سے تقریباً 30 کلومیٹر جنوب میں ہے، مشقیں کیں۔", "ur")]
    public void Border_guards_name_no_border_length(string sentence, string language) =>
        Assert.Contains(("km", 30.0, "about"), NumberFinder.Quantities(sentence, language).Select(q => (q.Key, q.Value, q.Qualifier)));

    [Fact]
    public void A_border_beside_its_guards_still_has_a_length() =>
        QuantityAssert.Single("Border guards patrol the 1,344 km border with Afghanistan.", "en", "borderKm", 1344, "exact");

    [Fact]
    public void Tajik_thirty_joined_to_its_ones_is_read() =>
        QuantityAssert.Single("Сию шаш сарбози афғон аз дарё гузаштанд.", "tg", "soldiers", 36, "exact");

    [Fact]
    public void Russian_this_is_no_thirty() =>
        QuantityAssert.Single("Сию минуту 300 военнослужащих пересекли реку.", "ru", "soldiers", 300, "exact");

    [Theory]
    [InlineData("Près de 500 familles ont gagné le chef-lieu de la province depuis dimanche.", "fr")]
    [InlineData("نږدې ۵۰۰ کورنۍ د یکشنبې له ورځې راهیسې د ولایت مرکز ته رسېدلې دي.", "ps")]
    [InlineData("Почти 500 семей с воскресенья достигли центра провинции.", "ru")]
    [InlineData("Қариб 500 оила аз рӯзи якшанбе ба маркази вилоят расиданд.", "tg")]
    [InlineData("نزدیک به ۵۰۰ خانواده از روز یکشنبه به مرکز ولایت رسیدند.", "fa")]
    [InlineData("Hampir 500 keluarga sampai di ibu kota provinsi sejak Minggu.", "id")]
    public void Families_who_reached_a_town_are_refugees(string sentence, string language) =>
        QuantityAssert.Single(sentence, language, "refugees", 500, "nearly");

    [Fact]
    public void A_qualifier_after_two_Arabic_nouns_joined_by_and_is_read() =>
        QuantityAssert.Single("وأضاف أن ١٨٠ جنديا وشرطيا على الأقل انسحبوا ليلا.", "ar", "soldiers", 180, "at-least");
}
