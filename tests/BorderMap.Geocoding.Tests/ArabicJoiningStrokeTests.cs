namespace BorderMap.Geocoding.Tests;

/// <summary>
/// Arabic joins a preposition or the article to a foreign name with a stroke, the tatweel ("لـروشان", to Rushon): the name the reader
/// sees, and the quote's place, start after the stroke, as after a hyphen. Sentences constructed, not from the evaluation.
/// </summary>
public class ArabicJoiningStrokeTests
{
    [Theory]
    [InlineData("وتجمعت عشرات الأسر على الضفة المقابلة لـروشان في انتظار العبور.", "روشان")]
    [InlineData("وقال مسؤول إن الشاحنات عادت لـحيرتان مساء الأحد.", "حيرتان")]
    public void A_name_joined_by_a_stroke_starts_after_it(string text, string name) =>
        Assert.Contains(Repository.Finder.Find(text, "ar"), m => m.Text == name);
}
