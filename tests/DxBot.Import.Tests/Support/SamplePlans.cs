namespace DxBot.Import.Tests.Support;

/// <summary>The sample plan as a PDF: a title page with a table of contents, then two chapters over two more pages; and a revision of it.</summary>
internal static class SamplePlans
{
    public const string Caption = "図 1-1-1 Society 5.0 の概念図";

    public static byte[] Pdf() => new PdfPlanBuilder()
        .Title(SeedText.Title)
        .Line("目次", 14)
        .Line("第一章 計画策定にあたって・・・・・・・・・・2")
        .Line("第二章 計画の内容・・・・・・・・・・・・・・3")
        .NewPage()
        .Heading("第一章 計画策定にあたって", 1)
        .Heading("1 計画策定の背景", 2)
        .Paragraph(SeedText.Background1 + SeedText.Background2)
        .Line(Caption, 9)
        .Heading("2 計画策定の目的", 2)
        .Paragraph(SeedText.Purpose)
        .Heading("3 計画期間", 2)
        // The period's first sentence starts at the foot of page 2 and ends on page 3.
        .ParagraphAcrossPages(SeedText.Period1, linesOnThisPage: 1)
        .Paragraph(SeedText.Period2)
        .Heading("第二章 計画の内容", 1)
        .Heading("1 行政手続のオンライン化", 2)
        .Paragraph(SeedText.Online)
        .Heading("2 デジタル格差の解消", 2)
        .Paragraph(SeedText.Divide)
        .Build();

    /// <summary>The purpose rewritten in a revision.</summary>
    public const string RevisedPurpose = "本計画では、デジタル化を手段として、DXを推進することで、市民サービスの向上と業務の効率化を図ることを目的としています。";

    /// <summary>
    /// The same plan revised: the purpose rewritten and the section on the digital divide dropped; everything else as it was.
    /// </summary>
    public static byte[] RevisedPdf() => new PdfPlanBuilder()
        .Title(SeedText.Title)
        .Line("目次", 14)
        .Line("第一章 計画策定にあたって・・・・・・・・・・2")
        .Line("第二章 計画の内容・・・・・・・・・・・・・・3")
        .NewPage()
        .Heading("第一章 計画策定にあたって", 1)
        .Heading("1 計画策定の背景", 2)
        .Paragraph(SeedText.Background1 + SeedText.Background2)
        .Line(Caption, 9)
        .Heading("2 計画策定の目的", 2)
        .Paragraph(RevisedPurpose)
        .Heading("3 計画期間", 2)
        .ParagraphAcrossPages(SeedText.Period1, linesOnThisPage: 1)
        .Paragraph(SeedText.Period2)
        .Heading("第二章 計画の内容", 1)
        .Heading("1 行政手続のオンライン化", 2)
        .Paragraph(SeedText.Online)
        .Build();
}
