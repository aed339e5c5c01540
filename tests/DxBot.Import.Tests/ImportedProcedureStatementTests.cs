namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans: a procedure asked of a city known only from its plan. With no table of the city's
/// procedures, every one was 「…での受付状況は計画に記載がありません」, though 対馬市's plan states which fields it puts
/// online with the card.
/// </summary>
public sealed class ImportedProcedureStatementTests
{
    [Theory]
    [InlineData("要介護認定の更新申請はオンラインでできるようになりますか")]
    [InlineData("保育園の申込みってスマホからできるようになる？")]
    public async Task The_plans_sentence_on_the_procedures_field_is_quoted_with_its_source(string question)
    {
        var reply = await ImportedLongPassageTests.AskAsync("000_", "tsushima", "line", question);

        Assert.Contains("対馬市の計画には「", reply, StringComparison.Ordinal);
        Assert.Contains("マイナンバーカードを用いたオンライン申請", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("計画に記載がありません", reply, StringComparison.Ordinal);
        Assert.Contains("出典: 対馬市DX推進計画 6. DX 取組事項", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_saying_nothing_of_the_field_still_says_so()
    {
        // 半田市's plan names no field of procedures going online: the national status and the contact, as before.
        var reply = await ImportedLongPassageTests.AskAsync("003_", "handa", "line", "要介護認定の更新申請はオンラインでできるようになりますか");

        Assert.Contains("計画に記載がありません", reply, StringComparison.Ordinal);
    }
}
