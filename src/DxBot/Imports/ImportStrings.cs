namespace DxBot.Imports;

/// <summary>What the admin endpoint and the Teams command tell staff about an uploaded document.</summary>
internal static class ImportStrings
{
    public const string MissingCity = "取り込む市の id（city）を指定してください。";
    public const string BadCity = "市の id は半角英小文字・数字・「-」で指定してください。";
    public const string MissingFile = "取り込むファイルがありません。multipart の file か、本文にファイルを入れて name にファイル名を指定してください。";
    public const string Unsupported = "この形式のファイルは取り込めません。PDF・Word（.docx）・HTML・テキスト（.txt）・Markdown（.md）を指定してください。";
    public const string Empty = "ファイルが空です。";
    public const string NothingWritten = "何も書き込んでいません。索引もこれまでのままです。";

    public const string FileNotReadable = "添付ファイルを受け取れませんでした。もう一度添付してお送りください。" + NothingWritten;

    public static string HostNotAllowed(string host) => $"この場所（{host}）のファイルは取り込めない設定です（Import:DownloadHosts）。管理者の方は POST /admin/import をお使いください。" + NothingWritten;

    public static string UnknownCity(string city) => $"市「{city}」の city.yaml がありません。先に市を登録してください（dxbot city add）。";

    public static string TooLarge(long max) => $"ファイルが大きすぎます（上限 {max / (1024 * 1024)} MB）。";

    public static string DraftRejected(int errors) => $"取り込んだ下書きが知識ファイルの検査で {errors}件のエラーになりました。" + NothingWritten;

    public static string Imported(string title, int sections, long generation) => $"「{title}」の {sections}節を取り込み、索引に反映しました（世代 {generation}）。";

    public const string ReindexBusy = "別の再索引を実行中のため、取り込みを取り消しました。終わってから、もう一度お試しください。索引はこれまでのままです。";

    public static string ReindexRefused(int errors) => $"知識ファイルに {errors}件のエラーがあるため索引に反映できず、取り込みを取り消しました。エラーを直してから、もう一度お試しください。索引はこれまでのままです。";

    public static string ReindexFailed(string? why) => $"索引の作成に失敗したため、取り込みを取り消しました。索引はこれまでのままです。理由: {why}";
}
