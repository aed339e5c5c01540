using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DxBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DxBot.Tests;

/// <summary>
/// Issue #17: residents are referred only to public counters. Two bundled cities' plans name only the internal body
/// that runs their DX (「行方市DX推進本部」, 「五所川原市DX推進本部」): residents are not sent there, and the missing
/// counter is a warning in /admin/index and in the start-up log instead of a silent gap.
/// </summary>
public sealed class ContactWarningTests(BundledBotFixture services) : IClassFixture<BundledBotFixture>
{
    private const string Key = "s3cret-admin-key";

    private static readonly string[] CitiesWithoutCounter = ["goshogawara", "namegata"];

    [Theory]
    [InlineData("namegata", "スマホ教室はありますか", "行方市DX推進本部")]
    [InlineData("goshogawara", "スマホ教室はありますか", "五所川原市DX推進本部")]
    public async Task A_resident_is_not_told_to_ask_an_internal_committee(string city, string question, string committee)
    {
        var answer = await BundledBotFixture.TextAsync(services.Conversation(city), question);

        Assert.DoesNotContain(committee + "にお問い合わせ", answer, StringComparison.Ordinal);
        Assert.Contains("の担当窓口にお問い合わせ", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_with_a_public_counter_still_names_it_with_the_plans_phone_number()
    {
        var answer = await BundledBotFixture.TextAsync(services.Conversation("omaezaki"), "スマホ教室はありますか");

        Assert.Contains("デジタル推進室", answer, StringComparison.Ordinal);
        Assert.Contains("0537-85-1127", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cities_without_a_public_counter_are_warned_about_in_admin_index_and_in_the_start_up_log()
    {
        var logs = new ListLoggerProvider();
        await using var factory = new DxBotFactory(adminKey: Key)
        {
            TestServices = s => s.AddSingleton<ILoggerProvider>(logs),
        };
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        var index = await client.GetFromJsonAsync<JsonElement>("/admin/index");

        var warnings = index.GetProperty("contactWarnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Equal(CitiesWithoutCounter.Length, warnings.Count);
        foreach (var city in CitiesWithoutCounter)
        {
            Assert.Contains(warnings, w => w.StartsWith($"city {city}: no public contact for residents", StringComparison.Ordinal));
            var line = await logs.WaitForAsync(l => l.Contains($"city {city}: no public contact for residents", StringComparison.Ordinal));
            Assert.StartsWith("Warning", line, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(logs.Lines, l => l.Contains("city handa: no public contact", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_counter_added_by_staff_clears_the_warning_at_the_next_reindex()
    {
        using var knowledge = new KnowledgeCopy();
        await using var factory = new DxBotFactory([knowledge.Folder], adminKey: Key);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        var file = Path.Combine(knowledge.Folder, "cities", "namegata", "city.yaml");
        await File.AppendAllTextAsync(file, "  - department: 市民課\n    topics: [mynumber]\n");

        (await client.PostAsync("/admin/reindex", null)).EnsureSuccessStatusCode();
        var index = await client.GetFromJsonAsync<JsonElement>("/admin/index");

        var warnings = index.GetProperty("contactWarnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.DoesNotContain(warnings, w => w.StartsWith("city namegata:", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("city goshogawara:", StringComparison.Ordinal));
    }
}
