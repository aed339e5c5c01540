namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans: 行方市's 3_基本理念 announces its three sub-sections (使命, ビジョン, バリュー), each a
/// section of its own. Asked two of them at once, the sub-section found first answered alone.
/// </summary>
public sealed class ImportedSubSectionTests
{
    [Fact]
    public async Task Two_sub_sections_asked_at_once_are_answered_by_their_parent_giving_each()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", "基本理念のビジョンとバリューはそれぞれ何？", "teams");

        Assert.StartsWith("【3_基本理念】", reply, StringComparison.Ordinal);
        Assert.Contains("便利さと快適さを実感できるスマート自治体へ", reply, StringComparison.Ordinal);
        Assert.Contains("省力化に努め、多様性を受容する", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_sub_sections_asked_with_a_gloss_of_one_are_each_answered_by_its_own()
    {
        // The gloss 「（行動基準）」 is the second noun's: each half is asked with its own words, and each sub-section answers.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", "行方市DX基本方針のビジョンとバリュー（行動基準）を教えてください", "teams");

        Assert.StartsWith("【(2) 未来の姿", reply, StringComparison.Ordinal);
        Assert.Contains("便利さと快適さを実感できるスマート自治体へ", reply, StringComparison.Ordinal);
        Assert.Contains("【(3) 行動基準", reply, StringComparison.Ordinal);
        Assert.Contains("省力化に努め、多様性を受容する", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_sub_section_asked_is_answered_by_itself()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", "行方市DX基本方針のバリュー（行動基準）を教えてください", "teams");

        Assert.StartsWith("【(3) 行動基準 ～バリュー：業務遂行にあたり守るべき価値観】", reply, StringComparison.Ordinal);
    }
}
