namespace DxBot.Tests.Support;

/// <summary>A question log folder written as the bot writes it, for the report and the admin endpoint to read.</summary>
internal static class QuestionLogFiles
{
    public static async Task<string> WriteSampleAsync(string? folder = null)
    {
        folder ??= RepositoryPaths.NewTempFolder();
        await File.WriteAllLinesAsync(Path.Combine(folder, "2026-11-20.jsonl"),
        [
            """{"at":"2026-11-20T01:00:00+00:00","cityId":"handa","channelId":"line","kind":"unanswered","text":"ゴミの日はいつ？"}""",
            """{"at":"2026-11-20T02:00:00+00:00","cityId":"tsushima","channelId":"line","kind":"unanswered","text":"フェリーの時刻"}""",
            """{"at":"2026-11-20T03:00:00+00:00","cityId":"handa","channelId":"line","kind":"helpful","text":"交付率は？","entryTitle":"マイナンバーカードの交付率"}""",
        ]);
        await File.WriteAllLinesAsync(Path.Combine(folder, "2026-11-28.jsonl"),
        [
            """{"at":"2026-11-28T01:00:00+00:00","cityId":"handa","channelId":"line","kind":"unanswered","text":"ラーメン屋　おすすめ"}""",
            "{\"at\":\"2026-11-28T01:30:00+00:00\",\"cityId\":\"handa\",\"kind\":\"unans",
            """{"at":"2026-11-28T02:00:00+00:00","cityId":"handa","channelId":"line","kind":"unanswered","text":" ラーメン屋 おすすめ "}""",
            """{"at":"2026-11-28T03:00:00+00:00","cityId":"handa","channelId":"msteams","kind":"unanswered","text":"ラーメン屋 おすすめ"}""",
            """{"at":"2026-11-28T04:00:00+00:00","cityId":"handa","channelId":"line","kind":"notHelpful","text":"欠席の連絡","entryTitle":"保育園の欠席連絡"}""",
            """{"at":"2026-11-28T05:00:00+00:00","cityId":"handa","channelId":"line","kind":"notHelpful","text":"保育園を休むとき","entryTitle":"保育園の欠席連絡"}""",
            """{"at":"2026-11-28T06:00:00+00:00","cityId":"handa","channelId":"line","kind":"helpful","text":"交付率","entryTitle":"マイナンバーカードの交付率"}""",
        ]);
        return folder;
    }
}
