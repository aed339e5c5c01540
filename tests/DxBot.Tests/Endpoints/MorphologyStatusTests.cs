using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DxBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace DxBot.Tests.Endpoints;

/// <summary>/admin/index says whether questions are read with MeCab, and why not; bad settings stop the start.</summary>
public sealed class MorphologyStatusTests
{
    private const string Key = "s3cret-admin-key";

    [Fact]
    public async Task The_index_endpoint_says_morphology_is_on_with_the_dictionary()
    {
        await using var factory = new DxBotFactory(adminKey: Key);

        var morphology = (await IndexAsync(factory)).GetProperty("morphology");

        Assert.True(morphology.GetProperty("enabled").GetBoolean());
        Assert.Contains("ipadic", morphology.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_endpoint_says_morphology_is_off_and_why_when_the_library_is_missing()
    {
        await using var factory = new DxBotFactory(adminKey: Key, settings: new Dictionary<string, string> { ["Search:Morphology:LibraryPath"] = "/nonexistent/libmecab.so.2" });

        var index = await IndexAsync(factory);

        Assert.False(index.GetProperty("morphology").GetProperty("enabled").GetBoolean());
        Assert.Contains("/nonexistent/libmecab.so.2", index.GetProperty("morphology").GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(index.GetProperty("entries").GetInt32() > 0);
    }

    [Fact]
    public async Task A_blank_library_path_stops_the_start()
    {
        var error = Assert.IsType<OptionsValidationException>(await HostStart.FailureAsync(new Dictionary<string, string> { ["Search:Morphology:LibraryPath"] = " " }));

        Assert.Contains("Search:Morphology", error.Message, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> IndexAsync(DxBotFactory factory)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        using var response = await client.GetAsync("/admin/index");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
