using System.Text;
using System.Text.Json.Nodes;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.Hosting;
using DxBot.TestServers;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Channels.Teams.Tests;

/// <summary>
/// Issue #13 in Teams, the real host and dialogs against the fake Bot Connector: an administrator sends a document with
/// 「インポート」 and it is downloaded (with the bot's token from the connector, or pre-signed from an allowed host),
/// imported, indexed at once and answered with the change report; `reindex` answers with the change report too.
/// </summary>
public sealed class TeamsImportTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>
{
    private const string Notice = "# 五所川原市からのお知らせ\n\n## ごみ収集アプリの配信開始\nごみ収集日と分別方法をスマートフォンのアプリで確認できるようになりました。\n\n## 窓口の混雑状況の公開\n市民課の窓口の混雑状況をホームページで公開しています。\n";

    [Fact]
    public async Task A_file_sent_with_import_is_fetched_with_the_bot_token_imported_and_indexed_with_the_change_report()
    {
        using var knowledge = new KnowledgeFolderCopy();
        await using var host = await StartAsync(knowledge);
        using var client = host.CreateClient();
        var connector = servers.Connector;
        var id = "att-" + Guid.NewGuid().ToString("N");
        connector.ServeFile(id, Encoding.UTF8.GetBytes(Notice), "text/markdown");
        var conversationId = TeamsPayloads.NewPersonalConversationId();
        var message = TeamsPayloads.PersonalMessage(connector.ServiceUrl, conversationId, "インポート", aadObjectId: TeamsPayloads.AdminObjectId);
        message["attachments"] = new JsonArray(
            new JsonObject { ["contentType"] = "text/html", ["content"] = "<p>インポート</p>" },
            new JsonObject { ["contentType"] = "text/markdown", ["contentUrl"] = connector.AttachmentUrl(id), ["name"] = "gomi-notice.md" });

        await client.PostActivityAsync(message, Token());

        var reply = Reply(conversationId);
        Assert.Contains("「五所川原市からのお知らせ」の 2節を取り込み、索引に反映しました", reply, StringComparison.Ordinal);
        Assert.Contains("前回の索引からの変更: 追加 2件、削除 0件、更新 0件。", reply, StringComparison.Ordinal);
        Assert.Contains("・追加: ごみ収集アプリの配信開始（goshogawara/imported-gomi-notice.md#1）", reply, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(knowledge.Folder, "cities", "goshogawara", "imported-gomi-notice.md")));
        Assert.Contains(host.Services.GetRequiredService<KnowledgeRuntime>().Current.Base.Entries, e => e.Id == "goshogawara/imported-gomi-notice.md#2");
        var fetched = Assert.Single(connector.FileRequests, r => r.Path.Contains(id, StringComparison.Ordinal));
        Assert.True(connector.IsIssuedToken(fetched.Authorization));
    }

    [Fact]
    public async Task A_presigned_teams_file_is_fetched_without_a_token_only_from_an_allowed_host()
    {
        using var knowledge = new KnowledgeFolderCopy();
        var connector = servers.Connector;
        var id = "file-" + Guid.NewGuid().ToString("N");
        connector.ServeFile(id, Encoding.UTF8.GetBytes(Notice), "application/octet-stream");

        await using (var refusing = await StartAsync(knowledge))
        {
            using var client = refusing.CreateClient();
            var conversationId = TeamsPayloads.NewPersonalConversationId();
            await client.PostActivityAsync(FileMessage(conversationId, id, "インポート goshogawara"), Token());

            Assert.Contains("Import:DownloadHosts", Reply(conversationId), StringComparison.Ordinal);
            Assert.DoesNotContain(connector.FileRequests, r => r.Path.Contains(id, StringComparison.Ordinal));
        }

        await using var allowing = await StartAsync(knowledge, new Dictionary<string, string?> { ["Import:DownloadHosts:0"] = connector.HttpsBaseUrl });
        using var allowed = allowing.CreateClient();
        var second = TeamsPayloads.NewPersonalConversationId();
        await allowed.PostActivityAsync(FileMessage(second, id, "インポート goshogawara"), Token());

        Assert.Contains("2節を取り込み、索引に反映しました", Reply(second), StringComparison.Ordinal);
        var fetched = Assert.Single(connector.FileRequests, r => r.Path.Contains(id, StringComparison.Ordinal));
        Assert.Null(fetched.Authorization);
    }

    [Fact]
    public async Task Only_administrators_import_and_a_message_without_a_file_says_what_to_send()
    {
        using var knowledge = new KnowledgeFolderCopy();
        await using var host = await StartAsync(knowledge);
        using var client = host.CreateClient();
        var connector = servers.Connector;
        var id = "att-" + Guid.NewGuid().ToString("N");
        connector.ServeFile(id, Encoding.UTF8.GetBytes(Notice), "text/markdown");
        var staff = TeamsPayloads.NewPersonalConversationId();
        var message = TeamsPayloads.PersonalMessage(connector.ServiceUrl, staff, "インポート", aadObjectId: TeamsPayloads.StaffObjectId);
        message["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/markdown", ["contentUrl"] = connector.AttachmentUrl(id), ["name"] = "gomi-notice.md" });
        var admin = TeamsPayloads.NewPersonalConversationId();

        await client.PostActivityAsync(message, Token());
        await client.PostActivityAsync(TeamsPayloads.PersonalMessage(connector.ServiceUrl, admin, "インポート", aadObjectId: TeamsPayloads.AdminObjectId), Token());

        Assert.Equal("この操作は管理者のみ実行できます。", Reply(staff));
        Assert.Contains("添付して、「インポート」とお送りください", Reply(admin), StringComparison.Ordinal);
        Assert.DoesNotContain(connector.FileRequests, r => r.Path.Contains(id, StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.Combine(knowledge.Folder, "cities", "goshogawara"), "imported-*"));
    }

    [Fact]
    public async Task Reindex_in_teams_answers_with_what_changed()
    {
        using var knowledge = new KnowledgeFolderCopy();
        await using var host = await StartAsync(knowledge);
        using var client = host.CreateClient();
        File.WriteAllText(Path.Combine(knowledge.Folder, "cities", "goshogawara", "notice.md"),
            "---\ncity: goshogawara\ntopic: general\ndocument: 市民課からのお知らせ\n---\n## 窓口の混雑状況の公開\n市民課の窓口の混雑状況をホームページで公開しています。\n出典: 令和7年4月\n");
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        await client.PostActivityAsync(TeamsPayloads.PersonalMessage(servers.Connector.ServiceUrl, conversationId, "reindex", aadObjectId: TeamsPayloads.AdminObjectId), Token());

        var reply = Reply(conversationId);
        Assert.Contains("再索引が完了しました", reply, StringComparison.Ordinal);
        Assert.Contains("前回の索引からの変更: 追加 1件、削除 0件、更新 0件。", reply, StringComparison.Ordinal);
        Assert.Contains("【goshogawara】追加 1件・削除 0件・更新 0件", reply, StringComparison.Ordinal);
        Assert.Contains("・追加: 窓口の混雑状況の公開（goshogawara/notice.md#1）", reply, StringComparison.Ordinal);
    }

    private JsonObject FileMessage(string conversationId, string id, string text)
    {
        var message = TeamsPayloads.PersonalMessage(servers.Connector.ServiceUrl, conversationId, text, aadObjectId: TeamsPayloads.AdminObjectId);
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/admin/Documents/gomi-notice.md",
            ["name"] = "gomi-notice.md",
            ["content"] = new JsonObject { ["downloadUrl"] = servers.Connector.PresignedUrl(id), ["uniqueId"] = id, ["fileType"] = "md" },
        });
        return message;
    }

    private async Task<IBotHost> StartAsync(KnowledgeFolderCopy knowledge, IDictionary<string, string?>? extra = null)
    {
        var settings = servers.BotSettings();
        settings[$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = TeamsPayloads.City;
        settings["Admin:Users:0"] = TeamsPayloads.AdminObjectId;
        settings["Knowledge:Folders:0"] = knowledge.Folder;
        settings["Knowledge:IndexPath"] = knowledge.Index;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = DxBotHost.Start(settings);
        await host.Services.GetRequiredService<KnowledgeRuntime>().WaitForStartupAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));
        return host;
    }

    private string Token() => servers.Issuer.CreateToken(FakeBotConnector.AppId, servers.Connector.ServiceUrl);

    private string Reply(string conversationId) =>
        string.Join("\n", servers.Connector.Posted.Where(p => p.ConversationId == conversationId && p.Type == "message").Select(p => p.Text?.Trim()));
}
