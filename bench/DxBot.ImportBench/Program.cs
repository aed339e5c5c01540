using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DxBot.ImportBench;

// Import of a long PDF plan (issue #13): `dxbot import` and then `dxbot reindex`, each its own process, timed with their
// peak memory. Not a test: ./test.sh never runs it. bench/import/run.sh builds dxbot and this, then runs it.
//   --dxbot DLL --repo DIR [--pages 300] [--runs 3] [--scratch DIR] [--out docs/benchmarks.md]
var options = Options(args);
var repo = Path.GetFullPath(options.GetValueOrDefault("--repo", "."));
var dxbot = Path.GetFullPath(options["--dxbot"]);
var pages = int.Parse(options.GetValueOrDefault("--pages", "300"), CultureInfo.InvariantCulture);
var runs = int.Parse(options.GetValueOrDefault("--runs", "3"), CultureInfo.InvariantCulture);
var scratch = Path.GetFullPath(options.GetValueOrDefault("--scratch", Path.Combine(Path.GetTempPath(), "dxbot-importbench")));
options.TryGetValue("--out", out var outFile);

if (Directory.Exists(scratch))
{
    Directory.Delete(scratch, recursive: true);
}

Directory.CreateDirectory(scratch);
var seeds = Directory.GetFiles(Path.Combine(repo, "..", "shared", "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
// Body paragraphs: lines with a sentence, not table-of-contents rows (tab-separated) or headings.
var paragraphs = seeds.SelectMany(File.ReadLines).Select(l => l.Trim()).Where(l => l.Length >= 20 && l.Contains('。', StringComparison.Ordinal) && !l.Contains('\t', StringComparison.Ordinal)).ToList();
var font = File.ReadAllBytes(new[] { "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf" }.First(File.Exists));
var (pdf, layout) = LongPlanPdf.Build(font, paragraphs, pages);
var pdfPath = Path.Combine(scratch, "handa-long-plan.pdf");
File.WriteAllBytes(pdfPath, pdf);
Console.WriteLine(Inv($"PDF: {layout.Pages} pages, {pdf.Length / 1024.0 / 1024.0:0.0} MB, {layout.Characters:N0} characters, {layout.Headings} headings, {layout.EmbeddedFonts} embedded fonts, from {paragraphs.Count} seed paragraphs"));

// The knowledge the draft is checked and indexed with: the national content and the city's profile, no other city.
var knowledge = Path.Combine(scratch, "knowledge");
foreach (var file in Directory.GetFiles(Path.Combine(repo, "knowledge"), "*", SearchOption.AllDirectories))
{
    var relative = Path.GetRelativePath(Path.Combine(repo, "knowledge"), file);
    var inCity = relative.StartsWith("cities" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    if ((inCity && relative != Path.Combine("cities", "handa", "city.yaml")) || relative == Path.Combine("en", "cities.yaml"))
    {
        continue;
    }

    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(knowledge, relative))!);
    File.Copy(file, Path.Combine(knowledge, relative));
}

var imports = new List<ProcessRun>();
var reindexes = new List<ProcessRun>();
int sections = 0, entries = 0;
for (var run = 1; run <= runs; run++)
{
    var index = Path.Combine(scratch, $"index-{run}");
    // The import alone: the reindex is measured apart, into a scratch index (the default would be data/index).
    var import = await ProcessRun.RunAsync(dxbot, ["import", pdfPath, "--city", "handa", "--knowledge", knowledge, "--no-reindex"]);
    Check(import, "import");
    sections = int.Parse(Regex.Match(import.Output, @"Imported (\d+) sections").Groups[1].Value, CultureInfo.InvariantCulture);
    var reindex = await ProcessRun.RunAsync(dxbot, ["reindex", "--knowledge", knowledge, "--index", index]);
    Check(reindex, "reindex");
    entries = int.Parse(Regex.Match(reindex.Output, @"Indexed generation \d+: (\d+) entries").Groups[1].Value, CultureInfo.InvariantCulture);
    imports.Add(import);
    reindexes.Add(reindex);
    Console.WriteLine(Inv($"run {run}: import {import.Wall.TotalSeconds:0.00} s, peak RSS {Mb(import.PeakRssBytes)} MB, {sections} sections; reindex {reindex.Wall.TotalSeconds:0.00} s, peak RSS {Mb(reindex.PeakRssBytes)} MB, {entries} entries"));
}

// A broken and an encrypted copy: the error, and how long it takes to say it.
var broken = Path.Combine(scratch, "broken.pdf");
File.WriteAllBytes(broken, [.. pdf.AsSpan(0, pdf.Length / 2)]);
var brokenRun = await ProcessRun.RunAsync(dxbot, ["import", broken, "--city", "handa", "--knowledge", knowledge, "--out", Path.Combine(scratch, "broken-out")]);
Console.WriteLine(Inv($"broken (first half of the file): exit {brokenRun.ExitCode} in {brokenRun.Wall.TotalSeconds:0.00} s; written: {Directory.Exists(Path.Combine(scratch, "broken-out"))}"));

var block = Markdown();
Console.WriteLine(block);
if (outFile is not null)
{
    const string begin = "<!-- import:begin -->";
    const string end = "<!-- import:end -->";
    var existing = File.Exists(outFile) ? File.ReadAllText(outFile) : string.Empty;
    var start = existing.IndexOf(begin, StringComparison.Ordinal);
    var stop = existing.IndexOf(end, StringComparison.Ordinal);
    var merged = start >= 0 && stop > start
        ? existing[..start] + block.TrimEnd() + existing[(stop + end.Length)..]
        : existing.TrimEnd() + "\n\n" + block;
    File.WriteAllText(outFile, merged);
    Console.WriteLine($"written: {outFile}");
}

return 0;

string Markdown()
{
    var s = new StringBuilder();
    s.AppendLine("<!-- import:begin -->");
    s.AppendLine("## Import of a 300-page PDF");
    s.AppendLine();
    s.AppendLine(Inv($"Generated by `bench/import/run.sh` on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; {runs} runs, median (max), on this machine ({Environment.ProcessorCount} cores, shared with other builds). The PDF is laid out in the bench as the import tests lay out theirs: A4, IPA Gothic embedded, headings in larger type, body text wrapped every 38 characters (sentences broken across lines and pages), a running header and a page number on each page; its text is the five seed plans' paragraphs, cycled. **{layout.Pages} pages, {pdf.Length / 1024.0 / 1024.0:0.0} MB, {layout.Characters:N0} characters, {layout.Headings} headings.** (PdfPig writes a TrueType font as a simple font of at most 255 characters, so the font is embedded as {layout.EmbeddedFonts} fonts; a word processor would embed one CID font.) Each step is `dxbot` as its own process (start-up included); *peak memory* is the process's resident high-water mark (VmHWM)."));
    s.AppendLine();
    s.AppendLine("| step | wall time | peak memory (RSS) | result |");
    s.AppendLine("|---|---:|---:|---|");
    s.AppendLine(Inv($"| `dxbot import` (read {layout.Pages} pages, sections, draft checked by the knowledge loader, written) | {Seconds(imports)} | {Memory(imports)} | {sections:N0} sections |"));
    s.AppendLine(Inv($"| `dxbot reindex` (national content + the city's profile + the draft) | {Seconds(reindexes)} | {Memory(reindexes)} | {entries:N0} entries |"));
    s.AppendLine();
    var said = Regex.Match(brokenRun.Output, @"Cannot import [^:]+: (?<message>[^。\n]+。)").Groups["message"].Value;
    var written = Directory.Exists(Path.Combine(scratch, "broken-out")) ? "writes its output folder (a bug)" : "writes nothing";
    s.AppendLine(Inv($"A broken copy (the file's first half) exits {brokenRun.ExitCode} in {brokenRun.Wall.TotalSeconds:0.00} s with 「{said}」 and {written}; through `POST /admin/import` a broken or encrypted PDF is a 422 with nothing written and the generation in service unchanged (`ImportEndpointTests`)."));
    s.AppendLine("<!-- import:end -->");
    return s.ToString();
}

static string Seconds(List<ProcessRun> runs)
{
    var sorted = runs.Select(r => r.Wall.TotalSeconds).Order().ToList();
    return Inv($"{sorted[sorted.Count / 2]:0.00} s ({sorted[^1]:0.00})");
}

static string Memory(List<ProcessRun> runs)
{
    var sorted = runs.Select(r => r.PeakRssBytes).Order().ToList();
    return Inv($"{Mb(sorted[sorted.Count / 2])} MB ({Mb(sorted[^1])})");
}

static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture);

static void Check(ProcessRun run, string what)
{
    if (run.ExitCode != 0)
    {
        throw new InvalidOperationException($"dxbot {what} exited {run.ExitCode}:\n{run.Output}");
    }
}

static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static Dictionary<string, string> Options(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        options[args[i]] = args[i + 1];
    }

    return options;
}
