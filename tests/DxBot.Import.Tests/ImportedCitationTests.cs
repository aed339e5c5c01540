using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: an imported section is cited by its plan's title. Two of the seed plans' covers put the city's name on
/// a line of its own above the plan's name; the citation is the plan, not the city.
/// </summary>
public sealed class ImportedCitationTests
{
    private const string Plan = """


        五所川原市

        DX推進計画

        令和4年10月

        1 計画の目的

        市民サービスの向上と業務の効率化を両立させるため、デジタル技術を活用する計画を定めます。
        """;

    [Fact]
    public async Task A_cover_naming_the_city_above_the_plan_is_cited_by_the_plans_name()
    {
        using var knowledge = new CityProfilesOnly();
        var plan = knowledge.Document("goshogawara-plan.txt", Encoding.UTF8.GetBytes(Plan));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(plan), "goshogawara", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        var draft = await File.ReadAllTextAsync(Path.Combine(knowledge.CityFolder("goshogawara"), "imported-goshogawara-plan.md"));
        Assert.Contains("document: \"五所川原市DX推進計画\"", draft, StringComparison.Ordinal);

        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var reply = string.Join("\n", (await new LocalConversation(services, "teams", "goshogawara").SendAsync("計画の目的は何ですか", CancellationToken.None))
            .Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
        Assert.Contains("出典: 五所川原市DX推進計画 1 計画の目的", reply, StringComparison.Ordinal);
    }
}
