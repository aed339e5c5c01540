using System.Text.Json;
using System.Text.RegularExpressions;

namespace DxBot.Channels.Teams.Tests;

/// <summary>The limits of the Teams app manifest schema that an edit is most likely to break.</summary>
public partial class TeamsAppManifestTests
{
    private static readonly string AppFolder = FindAppFolder();

    [Fact]
    public void The_manifest_declares_the_bot_in_every_scope()
    {
        using var manifest = Load();
        var root = manifest.RootElement;

        Assert.True(Version.Parse(root.GetProperty("manifestVersion").GetString()!) >= new Version(1, 17));
        Assert.Contains("v1.17", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.Equal("${{BOT_ID}}", root.GetProperty("id").GetString());
        var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal("${{BOT_ID}}", bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Matches(HexColour(), root.GetProperty("accentColor").GetString()!);
    }

    [Fact]
    public void Texts_fit_the_schema_limits()
    {
        using var manifest = Load();
        var root = manifest.RootElement;

        Assert.InRange(root.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(root.GetProperty("name").GetProperty("full").GetString()!.Length, 1, 100);
        Assert.InRange(root.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(root.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        foreach (var command in root.GetProperty("bots")[0].GetProperty("commandLists").EnumerateArray().SelectMany(l => l.GetProperty("commands").EnumerateArray()))
        {
            Assert.InRange(command.GetProperty("title").GetString()!.Length, 1, 32);
            Assert.InRange(command.GetProperty("description").GetString()!.Length, 1, 128);
        }
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Icons_are_real_pngs_of_the_required_size(string icon, int size)
    {
        using var manifest = Load();
        var file = Path.Combine(AppFolder, manifest.RootElement.GetProperty("icons").GetProperty(icon).GetString()!);
        var header = File.ReadAllBytes(file).AsSpan(0, 24);

        Assert.True(header[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[16..20]));
        Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header[20..24]));
    }

    private static JsonDocument Load() => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppFolder, "manifest.json")));

    private static string FindAppFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "teams-app");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("teams-app/manifest.json not found above the test output folder.");
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
