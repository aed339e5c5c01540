using DxBot.Dialogs.Answers;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// A city may be known only from its own documents (issue #13: its city.yaml and an imported plan), without the
/// support programmes of a support.yaml or the list of a procedures.csv. Its support and online-procedure dialogs would
/// then only say the city has nothing on them, while the plan it imported may well say it: such questions are answered
/// from the knowledge instead. A question naming a catalog procedure still gets the national catalog's answer, and a
/// city with no imported document keeps the dialogs' own replies.
/// </summary>
public static class CityOwnTopics
{
    public static bool AnswersFromKnowledge(KnowledgeBase knowledge, string cityId, Route route)
    {
        var uncovered = route.Kind switch
        {
            RouteKind.SupportSessions => !knowledge.SupportPrograms.Any(p => p.CityId == cityId),
            RouteKind.OnlineProcedures => route.ProcedureIds is not { Count: > 0 } && !knowledge.CityProcedures.Any(p => p.CityId == cityId),
            _ => false,
        };
        return uncovered && HasImported(knowledge, cityId);
    }

    // Per generation, as every lookup of entries (EntryLookup): the cities with an imported document.
    private static bool HasImported(KnowledgeBase knowledge, string cityId) => EntryLookup.For(knowledge).HasImportedEntries(cityId);
}
