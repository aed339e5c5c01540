namespace DxBot.Import;

/// <summary>What the importer tells staff, in one place.</summary>
internal static class ImportTexts
{
    public const string Unsupported = "この形式のファイルは取り込めません。PDF・Word（.docx）・HTML・テキスト（.txt）・Markdown（.md）を指定してください。";
    public const string BrokenPdf = "PDF ファイルが壊れているため読み取れません。元のファイルを保存し直してから、もう一度取り込んでください。";
    public const string EncryptedPdf = "PDF ファイルが暗号化（パスワード保護）されているため読み取れません。保護を解除した PDF を取り込んでください。";
    public const string ImageOnlyPdf = "PDF から文字を読み取れませんでした。画像だけの PDF（スキャンしたもの）は取り込めません。";
    public const string BrokenDocx = "Word ファイル（.docx）が壊れているため読み取れません。Word で開いて保存し直してから、もう一度取り込んでください。";
    public const string EncryptedDocx = "Word ファイルが暗号化されているか、古い形式（.doc）のため読み取れません。パスワードを外して .docx で保存し直してください。";
    public const string NotUtf8 = "テキストの文字コードを読み取れません。UTF-8 で保存し直してください。";
    public const string NoSections = "見出しと本文のある節が見つかりませんでした。見出しのある文書を取り込んでください。";
    public const string Empty = "ファイルが空です。";

    /// <summary>The title of the text before a document's first heading (its own introduction).</summary>
    public const string IntroductionTitle = "はじめに";

    /// <summary>The title of a document's colophon (its issuer, editor, phone and mail), imported as a section of its own.</summary>
    public const string ColophonTitle = "発行・連絡先";

    /// <summary>What residents call a colophon's contents when they ask for it.</summary>
    public static readonly IReadOnlyList<string> ColophonKeywords = ["問い合わせ先", "連絡先", "電話番号", "メールアドレス", "担当部署"];
}
