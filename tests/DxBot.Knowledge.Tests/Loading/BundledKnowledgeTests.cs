using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Tests.Loading;

/// <summary>The knowledge folder shipped with the bot must load cleanly: a format slip there reaches every resident.</summary>
public sealed class BundledKnowledgeTests
{
    private static readonly string[] CityIds = ["goshogawara", "handa", "namegata", "omaezaki", "tsushima"];

    [Fact]
    public void Load_BundledKnowledge_HasNoErrorsAndAllFiveCities()
    {
        var kb = new KnowledgeLoader().Load([Path.Combine(RepositoryRoot(), "knowledge")]);

        Assert.True(kb.Errors.Count == 0, string.Join("\n", kb.Errors));
        Assert.Equal(CityIds, kb.Cities.Keys.Order(StringComparer.Ordinal));
        Assert.All(CityIds, id => Assert.Contains(kb.Entries, e => e.CityId == id));
        Assert.Equal(kb.Entries.Count, kb.Entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Load_BundledKnowledgeWithTheSeedPlans_IndexesEveryPlanUnderItsCity()
    {
        var seeds = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "seeds"));
        if (!Directory.Exists(seeds))
        {
            // The seed plans live beside the repository on the build machine only; the bundled test above still runs.
            return;
        }

        var kb = new KnowledgeLoader().Load([Path.Combine(RepositoryRoot(), "knowledge"), seeds]);

        Assert.True(kb.Errors.Count == 0, string.Join("\n", kb.Errors));
        var passages = kb.Entries.Where(e => e.Topic == KnowledgeTopics.Text).ToList();
        Assert.All(CityIds, id => Assert.Contains(passages, p => p.CityId == id));
        Assert.All(passages, p => Assert.InRange(p.Body.Length, 1, 600));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DxBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DxBot.sln not found above " + AppContext.BaseDirectory);
    }
}
