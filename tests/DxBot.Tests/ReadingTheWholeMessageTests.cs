using DxBot.Tests.Support;

namespace DxBot.Tests;

/// <summary>
/// What a message leans on (the people a story named, what the resident heard before 「けど、」, the answer just given),
/// read through the whole bot on the bundled knowledge and the real index; and what no entry gives (an account's ID,
/// a password) said to be missing.
/// </summary>
public sealed class ReadingTheWholeMessageTests(BundledBotFixture services) : IClassFixture<BundledBotFixture>
{
    private readonly BundledBotFixture _services = services;

    [Fact]
    public async Task Such_people_are_the_people_the_story_named()
    {
        // 「二人とも」 leans on the sentence naming them: without it, only お知らせ was left, and the website entry answered.
        var reply = await _services.ReplyAsync("tsushima", "line", "父は目が不自由で、母は外国の出身です。二人とも市からのお知らせを受け取るのに苦労しています。"
            + "こういう人たちへの情報面での支援について、市は何か取り組んでいますか。");

        Assert.StartsWith("【高齢者・障害者・外国人など情報を得にくい方への支援】", reply);
    }

    [Fact]
    public async Task A_course_the_resident_heard_of_before_asking_about_procedures_is_no_request_for_a_course()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "いま市の電子申請って講座の申し込みくらいしかないって聞いたけど、ほかの手続きもネットでできるように増えますか");

        Assert.Contains("オンライン化", reply);
        Assert.DoesNotContain("日程・会場", reply);
    }

    [Fact]
    public async Task A_quotation_ending_in_a_full_stop_stays_whole_when_the_answers_sentences_are_reordered()
    {
        // The sentence put first was run into the middle of 「～DXの海原へ、未来を照らす灯りを。～」.
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市のDX推進計画のキャッチフレーズって何ですか？");

        Assert.Contains("「～DXの海原へ、未来を照らす灯りを。～」には", reply);
    }

    [Fact]
    public async Task What_the_answer_just_given_means_is_that_answer_not_the_definition_of_dx()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市のDX推進計画のキャッチフレーズって何ですか？", "それってどういう意味が込められてるの？");

        Assert.Contains("灯台", reply);
        Assert.DoesNotContain("【DX（デジタル・トランスフォーメーション）とは】", reply);
    }

    [Fact]
    public async Task What_is_meant_in_particular_leans_on_the_words_quoted_before()
    {
        // 「具体的にはどういう意味ですか？」 alone found the entry defining DX by its keyword 意味.
        var reply = await _services.ReplyAsync("omaezaki", "line", "市の計画に「市民に書かせない」「待たせない」って書いてあるって聞きました。具体的にはどういう意味ですか？");

        Assert.StartsWith("【「書かせない」「待たせない」市民サービス】", reply);
    }

    [Fact]
    public async Task What_to_prepare_for_the_procedure_just_answered_is_asked_of_it()
    {
        var reply = await _services.ReplyAsync("tsushima", "line", "台風で屋根が飛ばされました。罹災証明書をネットで申請できるようになるって聞いたんですが本当ですか", "申請するのに何を用意しておけばいい？");

        Assert.StartsWith("【罹災証明書", reply);
        Assert.Contains("マイナンバーカード", reply);
        Assert.DoesNotContain("ガバメントクラウド", reply);
    }

    [Fact]
    public async Task The_year_of_a_step_asked_as_its_work_is_the_schedule_just_given()
    {
        var reply = await _services.ReplyAsync("tsushima", "msteams", "情報システムの標準化・共通化の全体スケジュールを教えて", "システムの移行作業は何年度？");

        Assert.Contains("令和6年度から令和7年度に情報システムの移行", reply);
    }

    [Fact]
    public async Task A_numbered_measures_actions_are_the_entry_citing_them_not_the_table_of_targets()
    {
        // 出典: 取組施策8 現状と課題, 課題解決のための取組, 成果目標: the part's name is written once for its three items.
        var reply = await _services.ReplyAsync("goshogawara", "msteams", "取組施策8「業務へのICT活用の推進」の具体的な取組を挙げてください");

        Assert.Contains("電子決裁", reply);
        Assert.Contains("グループウェア", reply);
    }

    [Fact]
    public async Task Whether_the_city_means_to_cut_waiting_is_its_aim_not_todays_wait()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎の市役所、いつも待たされるんだけど😩 待ち時間へらす気ある？");

        Assert.Contains("待たせない", reply);
        Assert.DoesNotContain("見つかりませんでした", reply);
    }

    [Fact]
    public async Task An_accounts_id_no_entry_gives_is_said_to_be_missing()
    {
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市のLINE公式アカウントを友だち追加したいので、アカウントのIDを教えてください");

        Assert.Contains("のIDは、計画やこのボットの情報には書かれていません", reply);
        Assert.Contains("0537-85-1127", reply);
    }

    [Fact]
    public async Task A_password_asked_of_something_no_entry_is_about_names_no_entry()
    {
        // The card's PIN entry shares パスワード with the question, not the lobby's Wi-Fi.
        var reply = await _services.ReplyAsync("omaezaki", "line", "御前崎市役所のロビーのWi-Fiのパスワードを教えてください");

        Assert.Contains("見つかりませんでした", reply);
        Assert.DoesNotContain("暗証番号", reply);
    }
}
