using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: `POST /admin/import` on the real host (loopback socket): a city's document is imported and indexed at
/// once with the change report; a revision replaces that document's sections; a document that cannot be read, an
/// unsupported or too large file, an unknown city or a missing key change nothing, written or in service.
/// </summary>
public sealed class ImportEndpointTests
{
    private const string Draft = "imported-handa-plan.md";

    [Fact]
    public async Task A_pdf_uploaded_as_multipart_is_in_service_at_once_and_a_revision_replaces_its_sections()
    {
        using var knowledge = new CityProfilesOnly();
        await using var host = new ImportHost(knowledge.Path);
        using var client = await host.AdminClientAsync();
        var before = host.Runtime.Current.Generation;

        var (status, first) = await UploadMultipartAsync(client, "handa", "handa-plan.pdf", "application/pdf", SamplePlans.Pdf());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Imported", first.GetProperty("status").GetString());
        Assert.Equal(Draft, first.GetProperty("draftFile").GetString());
        Assert.Equal(SeedText.Title, first.GetProperty("document").GetString());
        Assert.Equal(5, first.GetProperty("sections").GetInt32());
        var reindex = first.GetProperty("reindex");
        Assert.Equal("Succeeded", reindex.GetProperty("status").GetString());
        Assert.True(reindex.GetProperty("generation").GetInt64() > before);
        Assert.Equal(reindex.GetProperty("generation").GetInt64(), host.Runtime.Current.Generation);
        var handa = reindex.GetProperty("changes").GetProperty("cities").GetProperty("handa");
        Assert.Equal([.. Enumerable.Range(1, 5).Select(n => $"handa/{Draft}#{n}")], Ids(handa, "added"));
        Assert.Equal((5, 0, 0), Counts(reindex.GetProperty("changes")));
        Assert.True(File.Exists(Path.Combine(knowledge.CityFolder("handa"), Draft)));
        Assert.Contains(host.Runtime.Current.Base.Entries, e => e.Id == $"handa/{Draft}#3" && e.Body.StartsWith(SeedText.Period1, StringComparison.Ordinal));

        // The revision, sent as the raw body: the purpose rewritten, the last section dropped.
        using var body = new ByteArrayContent(SamplePlans.RevisedPdf());
        body.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var (revisedStatus, revised) = await SendAsync(client, "/admin/import?city=handa&name=handa-plan.pdf", body);

        Assert.Equal(HttpStatusCode.OK, revisedStatus);
        Assert.Equal(4, revised.GetProperty("sections").GetInt32());
        var changes = revised.GetProperty("reindex").GetProperty("changes");
        Assert.Equal((0, 1, 1), Counts(changes));
        handa = changes.GetProperty("cities").GetProperty("handa");
        Assert.Equal([$"handa/{Draft}#2"], Ids(handa, "changed"));
        Assert.Equal("2 計画策定の目的", handa.GetProperty("changed")[0].GetProperty("title").GetString());
        Assert.Equal([$"handa/{Draft}#5"], Ids(handa, "removed"));
        Assert.Equal("2 デジタル格差の解消", handa.GetProperty("removed")[0].GetProperty("title").GetString());
        Assert.Single(Directory.GetFiles(knowledge.CityFolder("handa"), "imported-*"));
        var served = host.Runtime.Current.Base.Entries.Where(e => e.File?.EndsWith(Draft, StringComparison.Ordinal) == true).ToList();
        Assert.Equal(4, served.Count);
        Assert.Equal(SamplePlans.RevisedPurpose, served.Single(e => e.Title == "2 計画策定の目的").Body);
    }

    [Fact]
    public async Task Broken_encrypted_and_unsupported_files_get_a_clear_4xx_and_nothing_is_written_or_reindexed()
    {
        using var knowledge = new CityProfilesOnly();
        await using var host = new ImportHost(knowledge.Path);
        using var client = await host.AdminClientAsync();
        var generation = host.Runtime.Current.Generation;

        var (brokenStatus, broken) = await UploadMultipartAsync(client, "handa", "handa-plan.pdf", "application/pdf", BrokenPdfs.Damaged());
        var (encryptedStatus, encrypted) = await UploadMultipartAsync(client, "handa", "handa-plan.pdf", "application/pdf", BrokenPdfs.Encrypted());
        var (wordStatus, word) = await UploadMultipartAsync(client, "handa", "plan.doc", "application/msword", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        var (cityStatus, city) = await UploadMultipartAsync(client, "sapporo", "handa-plan.pdf", "application/pdf", SamplePlans.Pdf());
        var (pathStatus, _) = await UploadMultipartAsync(client, "../handa", "handa-plan.pdf", "application/pdf", SamplePlans.Pdf());
        using var noFile = new ByteArrayContent([]);
        var (emptyStatus, _) = await SendAsync(client, "/admin/import?city=handa&name=plan.pdf", noFile);
        using var anonymous = new HttpClient { BaseAddress = client.BaseAddress };
        using var anonymousBody = new ByteArrayContent(SamplePlans.Pdf());
        var unauthorized = await anonymous.PostAsync("/admin/import?city=handa&name=handa-plan.pdf", anonymousBody);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, brokenStatus);
        Assert.Equal("Unreadable", broken.GetProperty("status").GetString());
        Assert.Contains("PDF ファイルが壊れている", broken.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("何も書き込んでいません", broken.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, encryptedStatus);
        Assert.Contains("暗号化（パスワード保護）されている", encrypted.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wordStatus);
        Assert.Contains("PDF・Word（.docx）", word.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, cityStatus);
        Assert.Contains("sapporo", city.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, pathStatus);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, emptyStatus);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);

        Assert.Equal(generation, host.Runtime.Current.Generation);
        Assert.Equal(["city.yaml"], Directory.GetFiles(knowledge.CityFolder("handa")).Select(Path.GetFileName));
        Assert.DoesNotContain(host.Runtime.Current.Base.Entries, e => e.File?.Contains("imported-", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_gets_413_and_nothing_is_written()
    {
        using var knowledge = new CityProfilesOnly();
        await using var host = new ImportHost(knowledge.Path, new Dictionary<string, string> { ["Import:MaxUploadBytes"] = "4096" });
        using var client = await host.AdminClientAsync();
        var generation = host.Runtime.Current.Generation;

        var (status, body) = await UploadMultipartAsync(client, "handa", "handa-plan.pdf", "application/pdf", SamplePlans.Pdf());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("TooLarge", body.GetProperty("status").GetString());
        Assert.Equal(generation, host.Runtime.Current.Generation);
        Assert.Equal(["city.yaml"], Directory.GetFiles(knowledge.CityFolder("handa")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task When_the_knowledge_has_errors_the_reindex_is_refused_and_the_import_is_taken_back()
    {
        using var knowledge = new CityProfilesOnly();
        await using var host = new ImportHost(knowledge.Path);
        using var client = await host.AdminClientAsync();
        var generation = host.Runtime.Current.Generation;
        // Broken after start-up: the bot serves what it built, a reindex now refuses.
        File.WriteAllText(Path.Combine(knowledge.CityFolder("namegata"), "notice.md"), "---\ncity: namegata\n---\n## 見出しだけ\n");

        var (status, body) = await UploadMultipartAsync(client, "handa", "handa-plan.pdf", "application/pdf", SamplePlans.Pdf());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("ReindexRefused", body.GetProperty("status").GetString());
        Assert.Contains(body.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("notice.md", StringComparison.Ordinal));
        Assert.Equal(generation, host.Runtime.Current.Generation);
        Assert.False(File.Exists(Path.Combine(knowledge.CityFolder("handa"), Draft)));
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> UploadMultipartAsync(HttpClient client, string city, string fileName, string contentType, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(city), "city");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        return await SendAsync(client, "/admin/import", form);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient client, string path, HttpContent content)
    {
        using var response = await client.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private static (int Added, int Removed, int Changed) Counts(JsonElement changes) =>
        (changes.GetProperty("added").GetInt32(), changes.GetProperty("removed").GetInt32(), changes.GetProperty("changed").GetInt32());

    private static string[] Ids(JsonElement city, string kind) => [.. city.GetProperty(kind).EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}
