using DxBot.Dialogs.Answers;
using DxBot.Knowledge;
using DxBot.Knowledge.Changes;

namespace DxBot.Dialogs.Topics.Admin;

/// <summary>What the bot says to staff running commands.</summary>
public static class AdminStrings
{
    public const string NotAllowed = "この操作は管理者のみ実行できます。";

    public const string ReindexUnavailable = "この環境では再索引を実行できません。";

    // Per kind and city: a new city's first import adds hundreds of entries, and the totals already say how many.
    private const int ChangesListed = 5;

    public const string ImportUnavailable = "この環境ではファイルの取り込みはできません。管理者の方は POST /admin/import か dxbot import をお使いください。";

    public const string ImportNeedsFile = "取り込む文書（PDF・Word（.docx）・HTML・テキスト・Markdown）を添付して、「インポート」とお送りください。";

    public const string ImportNeedsCity = "どの市の文書か分かりません。ファイルを添付して「インポート handa」のように市の id か市名を添えてお送りください。";

    public const string ImportOneFile = "一度に取り込めるファイルは1つです。1つずつ添付してお送りください。";

    public const string NoUnanswered = "最近の未回答の質問はありません。";

    public static string Reindexed(ReindexOutcome outcome)
    {
        var head = outcome.Status switch
        {
            ReindexStatus.Succeeded => $"再索引が完了しました（世代 {outcome.Generation}、{outcome.Elapsed.TotalSeconds:0.0}秒）。\n項目 {outcome.Entries}件、市 {outcome.Cities}件、ファイル {outcome.Files}件。",
            ReindexStatus.Refused => $"知識ファイルにエラーがあるため、再索引を行いませんでした。これまでの索引（世代 {outcome.Generation}）で回答を続けています。エラーを直してから、もう一度お送りください。",
            ReindexStatus.Busy => "別の再索引を実行中です。終わってから、もう一度お試しください。",
            _ => $"再索引に失敗しました。これまでの索引で回答を続けています。\n理由: {outcome.Failure}",
        };
        if (outcome.Status == ReindexStatus.Busy)
        {
            return head;
        }

        if (outcome.Succeeded)
        {
            head += "\n" + Changes(outcome.Changes);
        }

        if (outcome.Errors.Count == 0)
        {
            return head + "\n知識ファイルのエラーはありません。";
        }

        var shown = outcome.Errors.Take(10).Select(e => "・" + e);
        var more = outcome.Errors.Count > 10 ? $"\nほか {outcome.Errors.Count - 10}件" : "";
        var what = outcome.Succeeded ? "（該当箇所は読み飛ばしました）" : "";
        return head + $"\n知識ファイルのエラー {outcome.Errors.Count}件{what}:\n" + string.Join("\n", shown) + more;
    }

    /// <summary>An import's outcome; when it is in service, with the change report of its reindex.</summary>
    public static string Imported(AttachmentImportResult result) =>
        result.Imported && result.Reindex is { } reindex ? result.Message + "\n" + Changes(reindex.Changes) : result.Message;

    /// <summary>The change report: totals, then each city's entries by title and id, a few per kind (Teams messages are short).</summary>
    public static string Changes(KnowledgeChanges changes)
    {
        if (changes.IsEmpty)
        {
            return "前回の索引から変わった項目はありません。";
        }

        var text = new System.Text.StringBuilder($"前回の索引からの変更: 追加 {changes.Added}件、削除 {changes.Removed}件、更新 {changes.Changed}件。");
        foreach (var (city, cityChanges) in changes.Cities)
        {
            text.Append($"\n【{city}】追加 {cityChanges.Added.Count}件・削除 {cityChanges.Removed.Count}件・更新 {cityChanges.Changed.Count}件");
            AppendList(text, "追加", cityChanges.Added);
            AppendList(text, "削除", cityChanges.Removed);
            AppendList(text, "更新", cityChanges.Changed);
        }

        return text.ToString();
    }

    // One line per question: a resident's line breaks would otherwise start lines that look like the bot's own.
    public static string Unanswered(IReadOnlyList<QuestionRecord> questions) =>
        "最近答えられなかった質問:\n" + string.Join("\n", questions.Select(q => $"・{q.At.ToOffset(TimeSpan.FromHours(9)):MM/dd HH:mm} [{q.CityId ?? "-"}/{q.ChannelId}] {string.Join(' ', q.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}"));

    private static void AppendList(System.Text.StringBuilder text, string kind, IReadOnlyList<EntryChange> entries)
    {
        foreach (var entry in entries.Take(ChangesListed))
        {
            text.Append($"\n・{kind}: {entry.Title}（{entry.Id}）");
        }

        if (entries.Count > ChangesListed)
        {
            text.Append($"\n・{kind}: ほか {entries.Count - ChangesListed}件");
        }
    }
}
