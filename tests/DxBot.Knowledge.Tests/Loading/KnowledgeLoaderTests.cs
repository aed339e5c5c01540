using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Tests.Loading;

public sealed class KnowledgeLoaderTests
{
    private readonly KnowledgeLoader loader = new();

    [Fact]
    public void Load_ValidFolder_ReadsEveryFormatWithoutErrors()
    {
        using var folder = SampleKnowledge.CreateValid();

        var kb = loader.Load([folder.Path]);

        Assert.Empty(kb.Errors);
        Assert.Equal(7, kb.FileCount);
        Assert.Equal(["handa"], kb.Cities.Keys);
        Assert.Equal(3, kb.Procedures.Count);
        Assert.Equal(5, kb.CityProcedures.Count);
        Assert.Single(kb.SupportPrograms);
        Assert.Equal(2, kb.SupportSessions.Count);
        Assert.Equal(2, kb.Synonyms.Count);
        // 2 city sections + 1 national section + 5 procedures + 1 support program + 1 prefectural catalog procedure.
        Assert.Equal(10, kb.Entries.Count);
        Assert.Equal(kb.Entries.Count, kb.Entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Load_CityYaml_ReadsProfile()
    {
        using var folder = SampleKnowledge.CreateValid();

        var city = loader.Load([folder.Path]).Cities["handa"];

        Assert.Equal("半田市", city.Name);
        Assert.Equal("愛知県", city.Prefecture);
        Assert.Equal(["半田", "はんだ"], city.Aliases);
        Assert.Equal("半田市DX推進計画", city.Plan.Title);
        Assert.Equal("令和4年度〜令和7年度", city.Plan.Period);
        Assert.Equal("003_90407a0ea37bdcdb.txt", city.Plan.Seed);
        Assert.Equal(2, city.Contacts.Count);
        Assert.Equal("0569-00-0000", city.Contacts[0].Phone);
        Assert.Equal("市民課", city.ContactFor("mynumber")?.Department);
    }

    [Fact]
    public void Load_CityYaml_InternalBodyIsNeverTheContactForResidents()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/city.yaml", SampleKnowledge.HandaCity.Replace(
            "  - department: 総務部 企画課",
            "  - department: 半田市DX推進本部\n    internal: true\n    topics: [mynumber]\n  - department: 総務部 企画課",
            StringComparison.Ordinal));

        var kb = loader.Load([folder.Path]);
        var city = kb.Cities["handa"];

        Assert.Empty(kb.Errors);
        Assert.Equal(3, city.Contacts.Count);
        Assert.True(city.Contacts[0].Internal);
        Assert.True(city.HasPublicContact);
        Assert.Equal("総務部 企画課", city.ContactFor("dx")?.Department);
        Assert.Equal("市民課", city.ContactFor("mynumber")?.Department);
        Assert.Equal("総務部 企画課", city.ContactFor("support")?.Department);
    }

    [Fact]
    public void Load_CityYaml_OnlyInternalBodies_MeansNoContactForResidents()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/tsushima/city.yaml", SampleKnowledge.TsushimaCity.Replace(
            "  - department: デジタル推進課", "  - department: 対馬市DX推進本部\n    internal: true", StringComparison.Ordinal));

        var city = loader.Load([folder.Path]).Cities["tsushima"];

        Assert.Single(city.Contacts);
        Assert.False(city.HasPublicContact);
        Assert.Null(city.ContactFor("dx"));
    }

    [Fact]
    public void Load_CityYaml_InternalMustBeTrueOrFalse()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/tsushima/city.yaml", SampleKnowledge.TsushimaCity.Replace(
            "  - department: デジタル推進課", "  - department: デジタル推進課\n    internal: yes", StringComparison.Ordinal));

        var kb = loader.Load([folder.Path]);

        var error = Assert.Single(kb.Errors);
        Assert.Contains("internal", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MarkdownSection_KeepsMetadataOutOfTheBody()
    {
        using var folder = SampleKnowledge.CreateValid();

        var entry = loader.Load([folder.Path]).Entries.Single(e => e.Id == "handa/online.md#1");

        Assert.Equal("住民票などのコンビニ交付", entry.Title);
        Assert.Equal(
            "マイナンバーカードがあれば、住民票の写しを全国のコンビニで取得できます。\n取れる証明書\n住民票の写しと印鑑登録証明書です。",
            entry.Body);
        Assert.Equal(new Citation("半田市DX推進計画", "第三章1(1)(イ)"), entry.Source);
        Assert.Equal("半田市DX推進計画 第三章1(1)(イ)", entry.Source.ToString());
        Assert.Equal(["コンビニ交付", "証明書", "住民票"], entry.Keywords);
        Assert.Equal("受取", entry.Category);
        Assert.Equal("handa", entry.CityId);
        Assert.Equal(KnowledgeTopics.Online, entry.Topic);
        Assert.Equal("resident", entry.Audience);
        Assert.Equal("cities/handa/online.md", entry.File);
        Assert.Equal(6, entry.Line);
    }

    [Fact]
    public void Load_MarkdownSection_ReadsTheEnglishVersionApartFromTheBody()
    {
        using var folder = SampleKnowledge.CreateValid().Write("cities/handa/data.md", """
            ---
            city: handa
            topic: plan
            ---
            ## オープンデータの公開
            市は保有するデータをオープンデータとして公開する計画です。
            出典: 第三章3
            キーワード: オープンデータ
            English: The city plans to publish its data as open data (オープンデータ).
            English keywords: public data, datasets, reuse

            ## 英語のない節
            日本語だけの節です。
            出典: 第三章4
            """);

        var entries = loader.Load([folder.Path]).Entries;
        var english = entries.Single(e => e.Id == "handa/data.md#1");
        var japaneseOnly = entries.Single(e => e.Id == "handa/data.md#2");

        Assert.Equal("市は保有するデータをオープンデータとして公開する計画です。", english.Body);
        Assert.Equal("The city plans to publish its data as open data (オープンデータ).", english.English);
        Assert.Equal(["public data", "datasets", "reuse"], english.EnglishKeywords);
        Assert.Null(japaneseOnly.English);
        Assert.Empty(japaneseOnly.EnglishKeywords);
    }

    [Fact]
    public void Load_MarkdownSection_AcceptsFullWidthColon()
    {
        using var folder = SampleKnowledge.CreateValid();

        var entry = loader.Load([folder.Path]).Entries.Single(e => e.Id == "handa/online.md#2");

        Assert.Equal("第三章1(1)(ア)", entry.Source.Section);
        Assert.Equal("市は、パソコンやスマートフォンから申請できる手続を増やす計画です。", entry.Body);
        Assert.Equal(14, entry.Line);
    }

    [Fact]
    public void Load_NationalSection_CitesItsPublicSourceAsTheDocument()
    {
        using var folder = SampleKnowledge.CreateValid();

        var entry = loader.Load([folder.Path]).Entries.Single(e => e.Id == "mynumber/guide.md#1");

        Assert.Null(entry.CityId);
        Assert.Equal(new Citation("デジタル庁 マイナンバーカード総合サイト", null), entry.Source);
        Assert.Equal("暗証番号", entry.Category);
        Assert.Equal(KnowledgeTopics.MyNumber, entry.Topic);
        Assert.Equal("all", entry.Audience);
    }

    [Fact]
    public void Load_CitySectionOfAnotherDocument_CitesThatDocumentNotThePlan()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/notice.md", "---\ntopic: general\ndocument: 市民課からのお知らせ（2026年11月）\n---\n## 窓口の受付時間の延長\n毎週木曜日は19時まで受け付けます。\n出典: 2026年11月1日\n");

        var loaded = loader.Load([folder.Path]);

        var notice = loaded.Entries.Single(e => e.Title == "窓口の受付時間の延長");
        Assert.Equal("市民課からのお知らせ（2026年11月） 2026年11月1日", notice.Source.ToString());
        Assert.DoesNotContain("半田市DX推進計画", notice.Source.ToString());
        Assert.Equal("handa", notice.CityId);
        Assert.Equal("半田市DX推進計画 第三章1(1)(イ)", loaded.Entries.Single(e => e.Id == "handa/online.md#1").Source.ToString());
    }

    [Fact]
    public void Load_CityProcedures_DescribesPlannedOnesAsTargets()
    {
        using var folder = SampleKnowledge.CreateValid();

        var kb = loader.Load([folder.Path]);

        var planned = kb.CityProcedures.Single(p => p.ProcedureId == "child-allowance-status");
        Assert.Equal(ProcedureStatus.Planned, planned.Status);
        Assert.Equal("児童手当等の現況届", planned.Name);
        Assert.Equal("令和7年度", planned.Target);
        Assert.Equal(new Citation("半田市DX推進計画", "6 No.3"), planned.Source);

        var entry = kb.Entries.Single(e => e.Id == "handa/procedures.csv#child-allowance-status");
        Assert.Equal("児童手当等の現況届は、令和7年度までにマイナポータル（ぴったりサービス）でオンライン化する計画です。", entry.Body);
        Assert.Equal(KnowledgeTopics.Procedure, entry.Topic);
        Assert.Equal(["児童手当", "現況届"], entry.Keywords);
        Assert.Equal(3, entry.Line);
    }

    [Fact]
    public void Load_CityProcedures_ReadsOverviewAndOwnProcedures()
    {
        using var folder = SampleKnowledge.CreateValid();

        var kb = loader.Load([folder.Path]);

        var overview = Assert.Single(kb.CityProcedures, p => p.IsOverview);
        Assert.Equal("手続のオンライン化率を令和7年度に100%にすることを目標にしています。", overview.Note);
        Assert.Equal(overview.Note, kb.Entries.Single(e => e.Id == "handa/procedures.csv#overview").Body);

        var own = kb.CityProcedures.Single(p => p.Name == "住民票の写しの請求");
        Assert.Null(own.ProcedureId);
        Assert.Equal(ProcedureStatus.NotOnline, own.Status);
        Assert.Equal("手数料の電子決済ができないため、オンライン化していません。", own.Note);
        Assert.Equal(ProcedureStatus.Unknown, kb.CityProcedures.Single(p => p.Name == "犬の登録").Status);
        Assert.Null(kb.CityProcedures.Single(p => p.Name == "犬の登録").Source.Section);
    }

    [Fact]
    public void Load_Catalog_ReadsAliasesAndAddsNationalEntriesForPrefecturalProcedures()
    {
        using var folder = SampleKnowledge.CreateValid();

        var kb = loader.Load([folder.Path]);

        var garage = kb.Procedures.Single(p => p.Id == "car-garage");
        Assert.True(garage.IsPrefectural);
        Assert.Equal(["車庫証明", "保管場所証明"], garage.Aliases);
        var entry = kb.Entries.Single(e => e.Id == "procedures/catalog.csv#car-garage");
        Assert.Null(entry.CityId);
        Assert.Contains("都道府県", entry.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(kb.Entries, e => e.Id == "procedures/catalog.csv#child-allowance-status");
    }

    [Fact]
    public void Load_Support_ReadsProgramsSessionsAndEntry()
    {
        using var folder = SampleKnowledge.CreateValid();

        var kb = loader.Load([folder.Path]);

        var program = Assert.Single(kb.SupportPrograms);
        Assert.Equal("スマホ教室", program.Title);
        Assert.Equal("講座", program.Kind);
        Assert.Equal(["携帯電話事業者"], program.Partners);
        Assert.Equal(new Citation("半田市DX推進計画", "第三章1(2)(イ)"), program.Source);

        var session = kb.SupportSessions[0];
        Assert.Equal(new DateOnly(2026, 12, 5), session.Date);
        Assert.Equal("10:00〜12:00", session.Time);
        Assert.Equal("市役所 本庁舎 会議室", session.Venue);
        Assert.Equal("予約制", session.Note);
        Assert.Equal("handa", session.CityId);
        Assert.Null(kb.SupportSessions[1].Time);

        var entry = kb.Entries.Single(e => e.Id == "handa/support.yaml#1");
        Assert.Equal(KnowledgeTopics.Support, entry.Topic);
        Assert.StartsWith(program.Description, entry.Body, StringComparison.Ordinal);
        Assert.Contains("令和7年度までに年10回開催する計画です。", entry.Body, StringComparison.Ordinal);
        // A sentence of its own: without its 。 the partners ran into the next sentence an answer showed.
        Assert.EndsWith("\n連携先は携帯電話事業者です。", entry.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Synonyms_SkipsCommentsAndSplitsOnBothCommas()
    {
        using var folder = SampleKnowledge.CreateValid();

        var kb = loader.Load([folder.Path]);

        Assert.Equal(["マイナンバーカード", "マイナカード", "個人番号カード"], kb.Synonyms[0]);
        Assert.Equal(["コンビニ交付", "コンビニ証明"], kb.Synonyms[1]);
    }

    [Fact]
    public void Load_BrokenCityYaml_IsReportedWithLineAndOtherCitiesAreKept()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/tsushima/city.yaml", "id: tsushima\nname: 対馬市\nplan: [unclosed\n")
            .Write("cities/tsushima/online.md", "---\ncity: tsushima\ntopic: online\n---\n## 見出し\n本文です。\n出典: 6\n");

        var kb = loader.Load([folder.Path]);

        var error = Assert.Single(kb.Errors, e => e.File == "cities/tsushima/city.yaml");
        Assert.True(error.Line >= 3, error.ToString());
        Assert.Contains(kb.Errors, e => e.File == "cities/tsushima/online.md");
        Assert.Equal(["handa"], kb.Cities.Keys);
        Assert.DoesNotContain(kb.Entries, e => e.CityId == "tsushima");
        Assert.Equal(10, kb.Entries.Count);
    }

    [Fact]
    public void Load_CityYamlIdNotMatchingFolder_IsReportedAtTheIdLine()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/tsushima/city.yaml", "name: 対馬市\nid: tushima\nprefecture: 長崎県\nplan:\n  title: 対馬市DX推進計画\n");

        var kb = loader.Load([folder.Path]);

        var error = Assert.Single(kb.Errors);
        Assert.Equal(new KnowledgeError("cities/tsushima/city.yaml", 2, error.Message), error);
        Assert.False(kb.Cities.ContainsKey("tushima"));
    }

    [Fact]
    public void Load_CityYamlWithoutPlanTitle_IsReported()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/tsushima/city.yaml", "id: tsushima\nname: 対馬市\nprefecture: 長崎県\nplan:\n  published: 令和4年10月\n");

        var kb = loader.Load([folder.Path]);

        var error = Assert.Single(kb.Errors);
        Assert.Equal("cities/tsushima/city.yaml", error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SectionWithoutSource_IsReportedAtItsHeadingAndOtherSectionsAreKept()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/plan.md", """
            ---
            city: handa
            topic: plan
            ---
            ## 計画の期間
            令和4年度から令和7年度までの4年間です。
            キーワード: 期間

            ## 計画の目的
            市民の誰もが便利に行政サービスを使えるようにすることが目的です。
            出典: 第一章2
            """);

        var kb = loader.Load([folder.Path]);

        var error = Assert.Single(kb.Errors);
        Assert.Equal("cities/handa/plan.md", error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("出典", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(kb.Entries, e => e.Title == "計画の期間");
        // The good section keeps the id of its position, so fixing the other one does not move it.
        var kept = kb.Entries.Single(e => e.Title == "計画の目的");
        Assert.Equal("handa/plan.md#2", kept.Id);
        Assert.Equal(KnowledgeTopics.Plan, kept.Topic);
    }

    [Fact]
    public void Load_SectionWithEmptyBody_IsReported()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/kpi.md", "---\ncity: handa\ntopic: kpi\n---\n## 目標値\n\n出典: 第四章\n## 交付率\n交付率を上げる計画です。\n出典: 第四章\n");

        var kb = loader.Load([folder.Path]);

        Assert.Equal(new KnowledgeError("cities/handa/kpi.md", 5, Assert.Single(kb.Errors).Message), kb.Errors[0]);
        Assert.Contains(kb.Entries, e => e.Id == "handa/kpi.md#2");
    }

    [Fact]
    public void Load_UnknownCategory_IsReportedAndTheSectionSkipped()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/mynumber.md", "---\ncity: handa\ntopic: mynumber\n---\n## 休日窓口\n日曜日に受け取れます。\n出典: 第三章\n分類: 受け取り\n");

        var kb = loader.Load([folder.Path]);

        Assert.Equal(5, Assert.Single(kb.Errors).Line);
        Assert.DoesNotContain(kb.Entries, e => e.Id.StartsWith("handa/mynumber.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownTopic_IsReportedAtTheTopicLineAndTheFileSkipped()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/misc.md", "---\ncity: handa\ntopic: misc\n---\n## 見出し\n本文です。\n出典: 第一章\n");

        var kb = loader.Load([folder.Path]);

        Assert.Equal(new KnowledgeError("cities/handa/misc.md", 3, Assert.Single(kb.Errors).Message), kb.Errors[0]);
        Assert.DoesNotContain(kb.Entries, e => e.File == "cities/handa/misc.md");
        Assert.Equal(10, kb.Entries.Count);
    }

    [Fact]
    public void Load_FrontMatterCityNotMatchingFolder_IsReported()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/other.md", "---\ntopic: online\ncity: tsushima\n---\n## 見出し\n本文です。\n出典: 第一章\n");

        var kb = loader.Load([folder.Path]);

        Assert.Equal(new KnowledgeError("cities/handa/other.md", 3, Assert.Single(kb.Errors).Message), kb.Errors[0]);
        Assert.DoesNotContain(kb.Entries, e => e.File == "cities/handa/other.md");
    }

    [Fact]
    public void Load_MarkdownWithoutFrontMatterOrWithBadYaml_IsReported()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/a.md", "## 見出し\n本文です。\n出典: 第一章\n")
            .Write("cities/handa/b.md", "---\ncity: handa\ntopic: [online\n---\n## 見出し\n本文です。\n出典: 第一章\n");

        var kb = loader.Load([folder.Path]);

        Assert.Equal(2, kb.Errors.Count);
        Assert.Contains(kb.Errors, e => e is { File: "cities/handa/a.md", Line: 1 });
        Assert.Contains(kb.Errors, e => e.File == "cities/handa/b.md" && e.Line >= 2);
        Assert.Equal(10, kb.Entries.Count);
    }

    [Fact]
    public void Load_BadProcedureRows_AreReportedWithTheirLineAndGoodRowsKept()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/procedures.csv", """
            procedure,name,status,target,via,note,source
            child-allowance-status,,planned,令和7年度,マイナポータル,,6 No.3
            care-certification,,maybe,,,,6 No.4
            no-such-procedure,,online,,,,6
            "broken,,online,,,,6
            child-allowance-status,,online,,,,6
            ,,online,,,,6
            ,住民票の写しの請求,not_online,,,理由です。,取組施策1
            ,印鑑登録,online,,コンビニ交付,,取組施策1,extra
            """);

        var kb = loader.Load([folder.Path]);

        var lines = kb.Errors.Where(e => e.File == "cities/handa/procedures.csv").Select(e => e.Line).Order().ToList();
        Assert.Equal([3, 4, 5, 6, 7, 9], lines);
        Assert.Equal(kb.Errors.Count, lines.Count);
        Assert.Equal(["child-allowance-status", null], kb.CityProcedures.Select(p => p.ProcedureId));
        Assert.Contains("maybe", kb.Errors.Single(e => e.Line == 3).Message, StringComparison.Ordinal);
        Assert.Contains("no-such-procedure", kb.Errors.Single(e => e.Line == 4).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadCatalogRows_AreReportedAndGoodRowsKept()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("procedures/catalog.csv", """
            id,category,name,aliases,authority
            child-allowance-status,子育て,児童手当等の現況届,児童手当|現況届,municipality
            care-certification,介護,要介護・要支援認定の申請,,city
            child-allowance-status,子育て,重複,,municipality
            car-garage,自動車,自動車の保管場所証明の申請,,prefecture
            """);

        var kb = loader.Load([folder.Path]);

        var catalogErrors = kb.Errors.Where(e => e.File == "procedures/catalog.csv").Select(e => e.Line).ToList();
        Assert.Equal([3, 4, 5], catalogErrors);
        Assert.Equal(["child-allowance-status"], kb.Procedures.Select(p => p.Id));
        // The city's row for a procedure the catalog lost is reported too, not silently dropped.
        Assert.Contains(kb.Errors, e => e is { File: "cities/handa/procedures.csv", Line: 4 });
    }

    [Fact]
    public void Load_BadSessionDate_IsReportedAtTheDateLineAndOtherSessionsKept()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/support.yaml", """
            programs:
              - title: スマホ教室
                kind: 講座
                description: 講座を開く計画です。
                source: 第三章
              - title: 相談会
                kind: 井戸端会議
                description: 相談会を開く計画です。
                source: 第三章
            sessions:
              - program: スマホ教室
                date: 2026-13-05
                venue: 市役所
              - program: スマホ教室
                date: 2026-12-05
                venue: 市役所
              - program: スマホ教室
                date: 2026-12-06
            """);

        var kb = loader.Load([folder.Path]);

        Assert.Equal([7, 12, 17], kb.Errors.Select(e => e.Line));
        Assert.All(kb.Errors, e => Assert.Equal("cities/handa/support.yaml", e.File));
        Assert.Contains("2026-13-05", kb.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 5), Assert.Single(kb.SupportSessions).Date);
        Assert.Equal("スマホ教室", Assert.Single(kb.SupportPrograms).Title);
    }

    [Fact]
    public void Load_SynonymLineWithoutAWord_IsReported()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("synonyms.txt", "# comment\n , 、\n\n電子申請, オンライン申請 ,\n");

        var kb = loader.Load([folder.Path]);

        Assert.Equal(new KnowledgeError("synonyms.txt", 2, Assert.Single(kb.Errors).Message), kb.Errors[0]);
        Assert.Equal(["電子申請", "オンライン申請"], Assert.Single(kb.Synonyms));
    }

    [Fact]
    public void Load_SynonymLineOfOneWord_KeepsThatWordWhole()
    {
        // 「インターネット」 alone: ネット folding onto オンライン must not fire inside it.
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("synonyms.txt", "オンライン,ネット\nインターネット\n");

        var kb = loader.Load([folder.Path]);

        Assert.Empty(kb.Errors);
        Assert.Equal([["オンライン", "ネット"], ["インターネット"]], kb.Synonyms);
    }

    [Fact]
    public void Load_FileThatIsNotUtf8_IsReportedAndOtherFilesKept()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.WriteBytes("cities/handa/sjis.md", [0x2D, 0x2D, 0x2D, 0x0A, 0x82, 0xA0, 0x0A]);

        var kb = loader.Load([folder.Path]);

        Assert.Equal(new KnowledgeError("cities/handa/sjis.md", 0, Assert.Single(kb.Errors).Message), kb.Errors[0]);
        Assert.Equal(10, kb.Entries.Count);
    }

    [Fact]
    public void Load_FileWithByteOrderMark_IsRead()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.WriteBytes("cities/handa/online.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(SampleKnowledge.HandaOnline)]);

        var kb = loader.Load([folder.Path]);

        Assert.Empty(kb.Errors);
        Assert.Contains(kb.Entries, e => e.Id == "handa/online.md#1");
    }

    [Fact]
    public void Load_MissingDirectory_IsReportedWithoutThrowing()
    {
        using var folder = SampleKnowledge.CreateValid();
        var missing = Path.Combine(folder.Path, "does-not-exist");

        var kb = loader.Load([missing, folder.Path]);

        Assert.Equal(missing, Assert.Single(kb.Errors).File);
        Assert.Equal(10, kb.Entries.Count);
    }

    [Fact]
    public void Load_TwoDirectories_AreMerged()
    {
        using var bundled = SampleKnowledge.CreateValid();
        using var extra = new TempKnowledgeFolder("extra");
        extra.Write("cities/tsushima/city.yaml", SampleKnowledge.TsushimaCity)
            .Write("cities/tsushima/online.md", "---\ncity: tsushima\ntopic: online\n---\n## 25手続のオンライン化\n子育て・介護・被災者支援の25手続をオンライン化する計画です。\n出典: 6.DX取組事項 No.3\n")
            .Write("cities/handa/events.md", "---\ncity: handa\ntopic: support\n---\n## 出張相談会\n地区の集会所で相談会を開く計画です。\n出典: 第三章1(2)(イ)\n")
            .Write("synonyms.txt", "電子申請,オンライン申請\n");

        var kb = new KnowledgeLoader().Load([bundled.Path, extra.Path]);

        Assert.Empty(kb.Errors);
        Assert.Equal(["handa", "tsushima"], kb.Cities.Keys.Order());
        Assert.Equal(3, kb.Synonyms.Count);
        var tsushima = kb.Entries.Single(e => e.Id == "tsushima/online.md#1");
        Assert.Equal("対馬市DX推進計画 6.DX取組事項 No.3", tsushima.Source.ToString());
        // A file in the extra folder for a city profiled in the bundled one is cited with that city's plan.
        Assert.Equal("半田市DX推進計画", kb.Entries.Single(e => e.Id == "handa/events.md#1").Source.Document);
        Assert.Equal(kb.Entries.Count, kb.Entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Load_SameCityInTwoDirectories_KeepsTheFirstAndReportsTheSecond()
    {
        using var bundled = SampleKnowledge.CreateValid();
        using var extra = new TempKnowledgeFolder("extra");
        extra.Write("cities/handa/city.yaml", SampleKnowledge.HandaCity.Replace("半田市DX推進計画", "別の計画", StringComparison.Ordinal))
            .Write("cities/handa/online.md", SampleKnowledge.HandaOnline);

        var kb = new KnowledgeLoader().Load([bundled.Path, extra.Path]);

        Assert.Equal("cities/handa/city.yaml", Assert.Single(kb.Errors).File);
        Assert.Equal("半田市DX推進計画", kb.Cities["handa"].Plan.Title);
        // Both folders hold cities/handa/online.md: ids stay unique.
        Assert.Equal(kb.Entries.Count, kb.Entries.Select(e => e.Id).Distinct().Count());
        Assert.Equal(2, kb.Entries.Count(e => e.Title == "住民票などのコンビニ交付"));
    }

    [Fact]
    public void Load_FilesOutsideTheLayout_AreIgnored()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/notes.json", "{}")
            .Write("docs/guide.md", "## not knowledge")
            .Write("cities/handa/README.md", "## not knowledge");

        var kb = loader.Load([folder.Path]);

        Assert.Empty(kb.Errors);
        Assert.Equal(7, kb.FileCount);
    }

    [Fact]
    public void Load_TwiceOnTheSameFolder_GivesTheSameIds()
    {
        using var folder = SampleKnowledge.CreateValid();

        var first = loader.Load([folder.Path]).Entries.Select(e => e.Id);
        var second = new KnowledgeLoader().Load([folder.Path]).Entries.Select(e => e.Id);

        Assert.Equal(first, second);
    }
}
