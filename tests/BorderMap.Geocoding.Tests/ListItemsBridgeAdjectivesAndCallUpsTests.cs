namespace BorderMap.Geocoding.Tests;

/// <summary>
/// The classes of errors of the wire evaluation's thirty-sixth unseen part (seen37): Arabic writes "and" (و) onto every item of a list
/// after the first, and the letter pairs تش and زه for the Persian letters چ and ژ; short Cyrillic district names stand beside their
/// kind word; Russian names a bridge by its town's adjective ("Хорогский мост"); a Latin word that is a place's name with -i put on
/// is its adjective ("Pakistani"), no place; reservists are anchored on the districts they were called up from, not on a town near
/// which they reported; soldiers who crossed a bridge whose verb of crossing follows it, or stands a few words before it, are anchored
/// on the district they left. All sentences are constructed for these tests.
/// </summary>
public class ListItemsBridgeAdjectivesAndCallUpsTests
{
    [Theory]
    [InlineData("قال مسؤولون إن طالبان دخلت مديريتي ميوند وغورك في ولاية قندهار.", "وغورك", "d2:AF.23.2406")]
    [InlineData("تقول طالبان إنها تسيطر على مديريات خاكريز ونيش وأرغنداب.", "ونيش", "d2:AF.23.2415")]
    [InlineData("تقول طالبان إنها تسيطر على مديريات خاكريز وزهري وأرغنداب.", "وزهري", "d2:AF.23.2416")]
    [InlineData("وقال شهود إن القتال تواصل في مديرية زهري طوال الليل.", "زهري", "d2:AF.23.2416")]
    public void An_Arabic_list_item_with_and_written_onto_it_is_found(string text, string name, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, "ar", name));

    [Theory]
    [InlineData("Талибы заняли уезды Неш и Жари после недели боев.", "ru", "Неш", "d2:AF.23.2415")]
    [InlineData("Талибы заняли уезды Неш и Жари после недели боев.", "ru", "Жари", "d2:AF.23.2416")]
    [InlineData("Толибон пас аз як ҳафта ҷанг ноҳияҳои Жарӣ ва Неш-ро гирифтанд.", "tg", "Жарӣ", "d2:AF.23.2416")]
    public void A_short_Cyrillic_district_name_beside_its_kind_word_is_found(string text, string language, string name, string id) =>
        Assert.Equal(id, Repository.PlaceIdFound(text, language, name));

    [Theory]
    [InlineData("Пограничники на сутки закрыли Хорогский мост.", "Хорогский мост", "cur:tem-demogan-bridge")]
    [InlineData("Беженцы ждали у Ишкашимского моста с утра.", "Ишкашимского моста", "cur:ishkashim-bridge")]
    public void A_Russian_bridge_named_by_its_towns_adjective_is_the_crossing(string text, string name, string id)
    {
        var found = Repository.Finder.Find(text, "ru");
        Assert.Equal(id, Assert.Single(found, m => m.Text == name).Best.Place.Id);
        Assert.DoesNotContain(found, m => m.Best.Place.Kind == Core.Geocoding.PlaceKinds.PopulatedPlace);
    }

    [Theory]
    [InlineData("A Pakistani border official said the gate at Torkham stayed shut.", "PK")]
    [InlineData("Traders said Kunduzi merchants had stopped sending goods north.", "gn:1135689")]
    public void A_Latin_name_with_the_adjective_ending_is_no_place(string text, string id) =>
        Assert.DoesNotContain(Repository.Finder.Find(text, "en"), m => m.Best.Place.Id == id);

    [Theory]
    [InlineData("The enlistment office said some 700 reservists from the Vose and Baljuvon districts had reported to a camp near Kulob.", "en", "Vose")]
    [InlineData("Около 700 военнообязанных из Восейского и Бальджуванского районов призваны на сборы в лагерь под Кулябом, сообщил военкомат.", "ru", "Восейского")]
    [InlineData("Près de 700 réservistes des districts de Vose et de Baljouvon se sont présentés dans un camp près de Koulob.", "fr", "Vose")]
    public void Reservists_are_anchored_where_they_were_called_up_from(string sentence, string language, string anchor)
    {
        Assert.Equal("mobilisation", Assert.Single(Repository.Proposer.Propose(sentence, language)).Category);
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));
    }

    [Theory]
    [InlineData("Etwa 40 afghanische Soldaten, die den Bezirk Schighnan verlassen hatten, haben am Morgen die Brücke von Chorugh nach Tadschikistan überquert.", "de", "Schighnan")]
    [InlineData("Une quarantaine de soldats afghans qui avaient quitté le district de Chighnan ont franchi dans la matinée le pont de Khorog.", "fr", "Chighnan")]
    [InlineData("ضلع شغنان میں اپنی چوکیاں چھوڑنے والے 40 افغان فوجی صبح خوروگ پل پار کر کے تاجکستان پہنچ گئے۔", "ur", "شغنان")]
    public void Soldiers_who_crossed_a_bridge_are_anchored_on_the_district_they_left(string sentence, string language, string anchor) =>
        Assert.Equal(anchor, AnchorAssert.Of(sentence, language));
}
