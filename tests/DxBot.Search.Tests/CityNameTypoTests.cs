namespace DxBot.Search.Tests;

/// <summary>
/// The city's name typed with one character wrong (「御前先市」) was a subject no entry writes, and the question about the
/// city's open data found nothing confident.
/// </summary>
public sealed class CityNameTypoTests
{
    [Theory]
    [InlineData("御前先市のオープンデータってこれから増えますか", "御前崎市", "御前崎市のオープンデータってこれから増えますか")]
    [InlineData("五所河原市でスマホ教室はある？", "五所川原市", "五所川原市でスマホ教室はある？")]
    public void A_name_with_one_kanji_wrong_is_read_as_the_name(string typed, string name, string read)
    {
        Assert.Equal(read, CityNameTypo.Corrected(typed, name));
    }

    [Theory]
    // Other words before 市 (この市, 3市), another city, the name as written, a name too short to tell.
    [InlineData("この市のオープンデータは？", "半田市")]
    [InlineData("近隣の3市で共同調達する？", "半田市")]
    [InlineData("浜松市から引っ越してきました", "御前崎市")]
    [InlineData("御前崎市のオープンデータは？", "御前崎市")]
    [InlineData("豊田市から引っ越してきました", "半田市")]
    public void Anything_else_is_left_as_typed(string typed, string name)
    {
        Assert.Equal(typed, CityNameTypo.Corrected(typed, name));
    }
}
