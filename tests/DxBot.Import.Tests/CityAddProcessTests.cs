using DxBot.Import.Tests.Support;
using DxBot.Knowledge.Loading;
using DxBot.Tests.Shared;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: `dxbot city add` as staff run it (the built program in its own process) on a seed plan: the sixth city
/// is one command, whose city.yaml marks every value found for review, plus a reindex.
/// </summary>
public sealed class CityAddProcessTests
{
    private const string OmaezakiTitle = "御前崎市デジタル・トランスフォーメーション（DX）推進計画";

    [Fact]
    public async Task City_add_writes_a_reviewable_city_yaml_from_the_plan_imports_it_and_the_city_answers_after_a_reindex()
    {
        using var knowledge = new CityProfilesOnly(withCities: false);
        var plan = knowledge.Document("omaezaki-plan.txt", File.ReadAllBytes(SeedPlans.Path("002_")));

        var (exit, output) = await RunAsync("city", "add", "omaezaki", "--name", "御前崎市", "--plan", plan, "--knowledge", knowledge.Path);

        Assert.True(exit == 0, output);
        var yaml = File.ReadAllText(Path.Combine(knowledge.CityFolder("omaezaki"), "city.yaml"));
        Assert.Contains($"  title: \"{OmaezakiTitle}\"  # 要確認: 計画書から抽出", yaml, StringComparison.Ordinal);
        Assert.Contains("  published: \"2021年（令和3年）12月\"  # 要確認: 計画書から抽出", yaml, StringComparison.Ordinal);
        Assert.Contains("  period: \"2021年度（令和3年度）〜2025年度（令和7年度）\"  # 要確認: 計画書から抽出", yaml, StringComparison.Ordinal);
        Assert.Contains("prefecture: \"静岡県\"  # 要確認: 計画書から抽出", yaml, StringComparison.Ordinal);
        Assert.Contains("  - department: \"総務部財政課デジタル推進室\"  # 要確認: 計画書から抽出", yaml, StringComparison.Ordinal);
        Assert.Contains("    phone: \"0537-85-1127\"  # 要確認: 計画書から抽出", yaml, StringComparison.Ordinal);
        Assert.Contains("aliases: [\"御前崎\", \"御前崎市役所\"]  # 要確認:", yaml, StringComparison.Ordinal);
        Assert.Contains("review the values marked 要確認", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(knowledge.CityFolder("omaezaki"), "imported-omaezaki-plan.md")));

        // What the loader reads from it: the profile the bot will serve, without a single error.
        var loaded = new KnowledgeLoader().Load([knowledge.Path]);
        Assert.Empty(loaded.Errors);
        var city = loaded.Cities["omaezaki"];
        Assert.Equal(("御前崎市", "静岡県", OmaezakiTitle), (city.Name, city.Prefecture, city.Plan.Title));
        Assert.Equal("2021年度（令和3年度）〜2025年度（令和7年度）", city.Plan.Period);
        var contact = Assert.Single(city.Contacts);
        Assert.Equal(("総務部財政課デジタル推進室", "0537-85-1127", "zaisei@city.omaezaki.shizuoka.jp"), (contact.Department, contact.Phone, contact.Email));

        var (reindexExit, reindexed) = await RunAsync("reindex", "--knowledge", knowledge.Path, "--index", knowledge.Index);
        var (_, answer) = await RunAsync("ask", "--city", "omaezaki", "--knowledge", knowledge.Path, "--index", knowledge.Index, "計画期間はいつまでですか");

        Assert.Equal(0, reindexExit);
        Assert.Contains("  omaezaki: ", reindexed, StringComparison.Ordinal);
        Assert.Contains("2021年度（令和3年度）から2025年度（令和7年度）までの5年間", answer, StringComparison.Ordinal);
        Assert.Contains($"出典: {OmaezakiTitle} 第1章", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_city_is_refused_unless_forced_and_a_plan_naming_no_prefecture_needs_it_given()
    {
        using var knowledge = new CityProfilesOnly();
        var handaYaml = Path.Combine(knowledge.CityFolder("handa"), "city.yaml");
        var before = File.ReadAllText(handaYaml);
        var handaPlan = knowledge.Document("handa-plan.txt", File.ReadAllBytes(SeedPlans.Path("003_")));
        var namegataPlan = knowledge.Document("namegata-plan.txt", File.ReadAllBytes(SeedPlans.Path("001_")));

        var (existsExit, exists) = await RunAsync("city", "add", "handa", "--name", "半田市", "--plan", handaPlan, "--knowledge", knowledge.Path);
        var unchanged = File.ReadAllText(handaYaml);
        var (forcedExit, _) = await RunAsync("city", "add", "handa", "--name", "半田市", "--plan", handaPlan, "--knowledge", knowledge.Path, "--force");
        var (noPrefectureExit, noPrefecture) = await RunAsync("city", "add", "namegata2", "--name", "行方市", "--plan", namegataPlan, "--knowledge", knowledge.Path);
        var (givenExit, _) = await RunAsync("city", "add", "namegata2", "--name", "行方市", "--plan", namegataPlan, "--knowledge", knowledge.Path, "--prefecture", "茨城県");
        var (badIdExit, _) = await RunAsync("city", "add", "../evil", "--name", "行方市", "--plan", namegataPlan, "--knowledge", knowledge.Path);

        Assert.Equal(2, existsExit);
        Assert.Contains("exists already", exists, StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.Equal(0, forcedExit);
        Assert.Contains("  published: \"令和4年3月\"  # 要確認: 計画書から抽出", File.ReadAllText(handaYaml), StringComparison.Ordinal);
        Assert.Equal(2, noPrefectureExit);
        Assert.Contains("--prefecture", noPrefecture, StringComparison.Ordinal);
        Assert.Equal(0, givenExit);
        var namegata = File.ReadAllText(Path.Combine(knowledge.CityFolder("namegata2"), "city.yaml"));
        Assert.Contains("prefecture: \"茨城県\"\n", namegata, StringComparison.Ordinal);
        Assert.Contains("  period: \"令和3年11月〜令和8年3月\"  # 要確認: 計画書から抽出", namegata, StringComparison.Ordinal);
        Assert.Contains("internal: true", namegata, StringComparison.Ordinal);
        Assert.Equal(2, badIdExit);
        Assert.False(Directory.Exists(Path.Combine(knowledge.Path, "evil")));
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) =>
        DxBotCommand.RunAsync(Path.Combine(AppContext.BaseDirectory, "dxbot.dll"), args);
}
