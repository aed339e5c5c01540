using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// 「対馬のDXって結局なにするの？ざっくり教えて」「デジタル化の目標って、ひとことで言うと何？」: the plan in a sentence, asked in
/// words no entry uses. Such a question names nothing but the plan itself, so it is searched as the question every plan
/// answers with its aims (基本理念, 目指す姿), whatever the city calls them. What the plan does for residents
/// (「これから何をしてくれるの？ざっくり」) is their measures, searched as asked.
/// </summary>
public static partial class PlanGist
{
    /// <summary>What the gist question is searched as: the words each plan's statement of its aims shares.</summary>
    public const string Query = "DX推進計画の基本理念と目指す姿は？";

    /// <summary>The query to search for the question: <see cref="Query"/> for a question asking the plan's gist, else the question.</summary>
    public static string Rewrite(string question, IEnumerable<string> cityWords)
    {
        var normalized = TextNormalizer.Normalize(question);
        if (!GistWords().IsMatch(normalized) || ForResidents().IsMatch(normalized))
        {
            return question;
        }

        var rest = TextNormalizer.Without(PlanWords().Replace(GistWords().Replace(normalized, " "), " "), cityWords);
        return TextNormalizer.MeaningfulLength(rest) < 2 ? Query : question;
    }

    // Asking for the gist, not for one measure.
    [GeneratedRegex(@"ざっくり|ひとことで|一言で|要するに|簡単に言うと|かんたんに言うと|簡単に教えて|かんたんに教えて|かんたんにおしえて|結局(なに|何)を?(する|やる|目指)|(なに|何)(する|やる)(の|ん|やつ)")]
    private static partial Regex GistWords();

    // What the city does for residents (「何をしてくれるの？」) is its measures for them, not its aims.
    [GeneratedRegex(@"してくれ|市民|わたしたち|私たち|暮らし|生活|便利に|何がいい|なにがいい|変わる")]
    private static partial Regex ForResidents();

    // The plan itself and the words of asking about it.
    [GeneratedRegex(@"dx|デジタル化|デジタル|計画|方針|目標|目指|狙い|ねらい|何|なに|教えて|言うと")]
    private static partial Regex PlanWords();
}
