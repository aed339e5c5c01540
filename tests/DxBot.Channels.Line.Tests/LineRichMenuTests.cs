using System.Diagnostics;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Tests.Shared;

namespace DxBot.Channels.Line.Tests;

/// <summary>
/// `dxbot line richmenu` run as a city's administrator runs it (the built program, a separate process), against a
/// fake API host and a fake data host that check every call against LINE's OpenAPI contract.
/// </summary>
public sealed class LineRichMenuTests
{
    private const string Token = "richmenu-test-token";

    [Fact]
    public async Task RichMenu_command_creates_the_menu_uploads_its_image_to_the_data_host_and_sets_it_as_default()
    {
        await using var api = await FakeLineApi.StartAsync();
        await using var data = await api.StartDataHostAsync();
        var image = Path.Combine(Path.GetTempPath(), "dxbot-richmenu-" + Guid.NewGuid().ToString("N") + ".png");

        var (exit, output) = await RunAsync(api, data, "line", "richmenu", "--city", "handa", "--save-image", image);

        Assert.True(exit == 0, output);
        var apiCalls = api.Calls;
        var create = Assert.Single(apiCalls, c => c.Path == FakeLineApi.RichMenuPath);
        Assert.Empty(create.ContractErrors);
        Assert.Equal(200, create.Status);
        Assert.Equal("Bearer " + Token, create.Authorization);
        var areas = create.Json.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("action")).ToList();
        Assert.Equal(["マイナンバーカード", "オンライン手続き", "スマホ教室", "職員に聞く", "ヘルプ"], areas.Select(a => a.GetProperty("text").GetString()));
        Assert.All(areas, a => Assert.Equal("message", a.GetProperty("type").GetString()));

        // The image goes to the data host only, as LINE's contract puts it on api-data.line.me.
        Assert.DoesNotContain(apiCalls, c => c.Path.EndsWith("/content", StringComparison.Ordinal));
        var upload = Assert.Single(data.Calls);
        Assert.Empty(upload.ContractErrors);
        Assert.Equal(200, upload.Status);
        Assert.Equal("image/png", upload.ContentType);
        Assert.Equal((2500, 1686), FakeLineApi.PngSize(upload.Content));
        Assert.Equal(await File.ReadAllBytesAsync(image), upload.Content);

        // /v2/bot/richmenu/{richMenuId}/content
        var richMenuId = upload.Path.Split('/')[4];
        Assert.StartsWith("richmenu-", richMenuId, StringComparison.Ordinal);
        var setDefault = Assert.Single(apiCalls, c => c.Path.StartsWith(FakeLineApi.DefaultRichMenuPrefix, StringComparison.Ordinal));
        Assert.Empty(setDefault.ContractErrors);
        Assert.Equal(FakeLineApi.DefaultRichMenuPrefix + richMenuId, setDefault.Path);
        Assert.True(create.Sequence < setDefault.Sequence);
        Assert.Equal(richMenuId, api.DefaultRichMenuId);
        Assert.Contains(richMenuId, output, StringComparison.Ordinal);
        File.Delete(image);
    }

    [Fact]
    public async Task RichMenu_command_without_the_citys_access_token_calls_nothing_and_says_what_to_set()
    {
        await using var api = await FakeLineApi.StartAsync();
        await using var data = await api.StartDataHostAsync();

        var (exit, output) = await RunAsync(api, data, "line", "richmenu", "--city", "namegata");

        Assert.Equal(2, exit);
        Assert.Contains("Line:Channels:namegata:ChannelAccessToken", output, StringComparison.Ordinal);
        Assert.Empty(api.Calls);
        Assert.Empty(data.Calls);
    }

    [Fact]
    public async Task RichMenu_command_reports_a_refused_image_and_does_not_set_the_menu_as_default()
    {
        await using var api = await FakeLineApi.StartAsync();
        await using var data = await api.StartDataHostAsync();
        data.FailNext(FakeLineApi.RichMenuImageFaults, 1, 400, "Image size must match the rich menu size");

        var (exit, output) = await RunAsync(api, data, "line", "richmenu", "--city", "handa");

        Assert.Equal(1, exit);
        Assert.Contains("did not take the image", output, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Calls, c => c.Path.StartsWith(FakeLineApi.DefaultRichMenuPrefix, StringComparison.Ordinal));
    }

    private static Task<(int ExitCode, string Output)> RunAsync(FakeLineApi api, FakeLineApi data, params string[] args) =>
        DxBotCommand.RunAsync(DxBotProcess.DxBotDll, args, environment: new Dictionary<string, string?>
        {
            ["Line__ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Line__DataApiBaseUrl"] = data.BaseUrl.ToString(),
            ["Line__Channels__handa__ChannelAccessToken"] = Token,
        });
}
