using System.Text;
using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: a plan's table of targets (indicator, baseline with its date, target with its year), as text extracted
/// from a PDF holds it (tab-separated cells, a cell's text wrapped onto the next line, the row numbers printed apart),
/// becomes one line per indicator with its figures labelled, and its section is found as the plan's KPI list.
/// </summary>
public sealed class TargetTableTests
{
    internal const string Plan = """
        半田市DX推進計画

        第四章 進行管理(目標値)

        本計画の進捗状況を管理するため、下記の評価指標を参考として定めます。

        	評価指標	現状値	目標値(R7年度)
        1			
        1	電子申請で受け付ける手続の割合	31.0%(R4.3末時点) 	95%
        	(受付済/受付可能な手続		
        	き)		
        2	図書館の予約をオンラインで受	_	すべての館で実施
        	け付ける館の数		
        3	ロボットによる定型作業の削減	1,850 時間(R3)	2,900 時間
        	時間(年間)		
        1 0	職員向けデジタル研修の受講者	_	220人
        	数(累計)		
        	1	1	1

        第五章 推進体制

        全庁で取り組みを進めるための体制をつくります。
        """;

    [Fact]
    public void A_table_of_targets_becomes_one_labelled_line_per_indicator_and_its_section_is_found_by_KPI()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plan.txt", Encoding.UTF8.GetBytes(Plan));

        var (_, sections) = DocumentImporter.ReadSections(path);

        var table = sections.Single(s => s.Title == "第四章 進行管理(目標値)");
        Assert.Equal(
        [
            "本計画の進捗状況を管理するため、下記の評価指標を参考として定めます。",
            "・電子申請で受け付ける手続の割合(受付済/受付可能な手続き)：現状値 31.0%(R4.3末時点)、目標値(R7年度) 95%。",
            "・図書館の予約をオンラインで受け付ける館の数：目標値(R7年度) すべての館で実施。",
            "・ロボットによる定型作業の削減時間(年間)：現状値 1,850時間(R3)、目標値(R7年度) 2,900時間。",
            "・職員向けデジタル研修の受講者数(累計)：目標値(R7年度) 220人。",
        ], table.Body.Split('\n'));
        Assert.Contains("KPI", table.Keywords);
        Assert.Contains("目標値", table.Keywords);
        Assert.Empty(sections.Single(s => s.Title == "第五章 推進体制").Keywords);
    }

    [Fact]
    public void Each_indicator_of_a_table_of_targets_is_also_a_section_of_its_own_under_the_tables()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plan.txt", Encoding.UTF8.GetBytes(Plan));

        var (_, sections) = DocumentImporter.ReadSections(path);

        // The whole table stays one section for the KPI list; each row is found alone for the figure a resident asks.
        Assert.Single(sections, s => s.Title == "第四章 進行管理(目標値)");
        var row = sections.Single(s => s.Title == "職員向けデジタル研修の受講者数(累計)");
        Assert.Equal("・職員向けデジタル研修の受講者数(累計)：目標値(R7年度) 220人。", row.Body);
        Assert.Equal("第四章 進行管理(目標値) ＞ 職員向けデジタル研修の受講者数(累計)", row.Source);
        Assert.Empty(row.Keywords);
        Assert.Equal(4, sections.Count(s => s.HeadingPath.Count == 2 && s.HeadingPath[0] == "第四章 進行管理(目標値)"));
    }

    private const string Schedule = """
        対馬市DX推進計画

        7. 全体スケジュール

        取組事項の工程は次のとおりです。

        取組事項	詳細	令和 4年度	令和 5年度	令和 6年度	令和 7年度
        1. 情報システムの標準化	推進体制の確立	→			
        	情報システムの選定		→		
        	情報システムの移行			→	→
        2. 行政手続のオンライン化	オンライン申請の拡大	オンライン化 40手続	オンライン化 60手続	オンライン化 80手続	オンライン化 100手続
        """;

    [Fact]
    public void A_schedule_says_what_is_planned_in_which_year_with_each_sub_item_under_its_own_years()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plan.txt", Encoding.UTF8.GetBytes(Schedule));

        var (_, sections) = DocumentImporter.ReadSections(path);

        var lines = Assert.Single(sections).Body.Split('\n');
        Assert.Equal("・1. 情報システムの標準化 推進体制の確立：令和4年度。", lines[2]);
        Assert.Equal("・1. 情報システムの標準化 情報システムの選定：令和5年度。", lines[3]);
        Assert.Equal("・1. 情報システムの標準化 情報システムの移行：令和6年度、令和7年度。", lines[4]);
        Assert.Equal("・2. 行政手続のオンライン化 オンライン申請の拡大：令和4年度 オンライン化 40手続、令和5年度 オンライン化 60手続、令和6年度 オンライン化 80手続、令和7年度 オンライン化 100手続。", lines[5]);
    }
}
