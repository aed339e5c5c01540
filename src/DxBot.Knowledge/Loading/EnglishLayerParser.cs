using DxBot.Knowledge.Model;
using YamlDotNet.RepresentationModel;

namespace DxBot.Knowledge.Loading;

/// <summary>
/// Reads the English layer, knowledge/en/*.yaml: national.yaml (answers and terms), intents.yaml (topics and their
/// words), procedures.yaml (English names of catalog procedures) and cities.yaml (each city's English wording).
/// Like the other parsers it reports problems with file and line and keeps the rest.
/// </summary>
internal static class EnglishLayerParser
{
    public static EnglishLayer Parse(
        IEnumerable<(KnowledgeFile File, string Text)> files,
        IReadOnlyDictionary<string, CityProfile> cities,
        IReadOnlySet<string> procedureIds,
        ErrorLog errors)
    {
        var answers = new Dictionary<string, EnglishText>(StringComparer.Ordinal);
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var intents = new List<EnglishIntent>();
        var glossary = new Dictionary<string, string>(StringComparer.Ordinal);
        var context = new Dictionary<string, string>(StringComparer.Ordinal);
        var procedures = new List<EnglishProcedureGroup>();
        var englishCities = new Dictionary<string, EnglishCity>(StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            if (YamlDocument.LoadMapping(text, file, errors, lineOffset: 0, allowEmpty: true) is not { } root)
            {
                continue;
            }

            var fields = new YamlFields(root, file, errors);
            switch (file.Name)
            {
                case "national.yaml":
                    ReadNational(fields, file, errors, answers, terms);
                    break;
                case "intents.yaml":
                    ReadIntents(fields, file, errors, intents);
                    foreach (var (english, japanese) in Pairs(fields.Mapping("glossary"), file, errors))
                    {
                        glossary.TryAdd(english.ToLowerInvariant(), japanese);
                    }

                    foreach (var (english, japanese) in Pairs(fields.Mapping("context"), file, errors))
                    {
                        context.TryAdd(english.ToLowerInvariant(), japanese);
                    }

                    break;
                case "procedures.yaml":
                    ReadProcedures(fields, file, errors, procedureIds, procedures);
                    break;
                case "cities.yaml":
                    ReadCities(fields, file, errors, cities, englishCities);
                    break;
                default:
                    errors.Add(file, 0, "en/ に置けるのは national.yaml, intents.yaml, procedures.yaml, cities.yaml です。");
                    break;
            }
        }

        return new EnglishLayer
        {
            Answers = answers,
            Terms = terms,
            Intents = intents,
            Glossary = glossary,
            GlossaryContext = context,
            Procedures = procedures,
            Cities = englishCities,
        };
    }

    private static void ReadNational(YamlFields fields, KnowledgeFile file, ErrorLog errors, Dictionary<string, EnglishText> answers, Dictionary<string, string> terms)
    {
        var source = fields.RequiredText("source");
        foreach (var node in fields.Items("answers"))
        {
            var answer = new YamlFields(node, file, errors);
            var topic = answer.RequiredText("topic");
            var text = answer.RequiredText("text");
            if (!answer.Failed && !answers.TryAdd(topic, new EnglishText(topic, text, answer.Text("source") ?? source)))
            {
                errors.Add(file, answer.Line, $"topic「{topic}」が重複しています（先のものを使います）。");
            }
        }

        foreach (var (japanese, english) in Pairs(fields.Mapping("terms"), file, errors))
        {
            terms.TryAdd(japanese, english);
        }
    }

    private static void ReadIntents(YamlFields fields, KnowledgeFile file, ErrorLog errors, List<EnglishIntent> intents)
    {
        foreach (var node in fields.Items("intents"))
        {
            var intent = new YamlFields(node, file, errors);
            var topic = intent.RequiredText("topic");
            var words = intent.Words("words");
            if (!intent.Failed && words.Count == 0)
            {
                intent.Fail(intent.LineOf("words"), "words がありません。");
            }

            if (!intent.Failed)
            {
                intents.Add(new EnglishIntent(topic, words.Select(w => w.ToLowerInvariant()).ToList())
                {
                    Search = intent.Text("search"),
                    Requires = intent.Words("requires").Select(w => w.ToLowerInvariant()).ToList(),
                });
            }
        }
    }

    private static void ReadProcedures(YamlFields fields, KnowledgeFile file, ErrorLog errors, IReadOnlySet<string> procedureIds, List<EnglishProcedureGroup> procedures)
    {
        foreach (var node in fields.Items("procedures"))
        {
            var group = new YamlFields(node, file, errors);
            var name = group.RequiredText("name");
            var words = group.Words("words");
            var ids = group.Words("ids");
            var unknown = ids.Where(id => !procedureIds.Contains(id)).ToList();
            if (!group.Failed && (words.Count == 0 || ids.Count == 0))
            {
                group.Fail(group.Line, "words と ids の両方が必要です。");
            }
            else if (!group.Failed && unknown.Count > 0)
            {
                group.Fail(group.LineOf("ids"), $"catalog.csv にない手続 id です: {string.Join(", ", unknown)}");
            }

            if (!group.Failed)
            {
                procedures.Add(new EnglishProcedureGroup(name, words.Select(w => w.ToLowerInvariant()).ToList(), ids));
            }
        }
    }

    private static void ReadCities(YamlFields fields, KnowledgeFile file, ErrorLog errors, IReadOnlyDictionary<string, CityProfile> cities, Dictionary<string, EnglishCity> englishCities)
    {
        foreach (var node in fields.Items("cities"))
        {
            var city = new YamlFields(node, file, errors);
            var id = city.RequiredText("id");
            var name = city.RequiredText("name");
            var prefecture = city.RequiredText("prefecture");
            var plan = city.RequiredText("plan");
            var period = city.RequiredText("period");
            if (!city.Failed && !cities.ContainsKey(id))
            {
                city.Fail(city.LineOf("id"), $"市「{id}」の city.yaml がありません。");
            }

            var online = city.Mapping("online") is { } onlineNode ? Text(onlineNode, "online", file, errors) : null;
            var payment = city.Mapping("payment") is { } paymentNode ? Text(paymentNode, "payment", file, errors) : null;
            var goals = city.Items("goals").Select(g => Text(g, "plan", file, errors)).OfType<EnglishText>().ToList();
            var departments = Pairs(city.Mapping("departments"), file, errors).ToDictionary(StringComparer.Ordinal);
            var support = Pairs(city.Mapping("support"), file, errors).ToDictionary(StringComparer.Ordinal);
            if (city.Failed)
            {
                continue;
            }

            var english = new EnglishCity(id, name, prefecture, plan, period)
            {
                Online = online,
                Payment = payment,
                Goals = goals,
                Departments = departments,
                Support = support,
            };
            if (!englishCities.TryAdd(id, english))
            {
                errors.Add(file, city.Line, $"市「{id}」が重複しています（先のものを使います）。");
            }
        }
    }

    private static EnglishText? Text(YamlMappingNode node, string topic, KnowledgeFile file, ErrorLog errors)
    {
        var fields = new YamlFields(node, file, errors);
        var text = fields.RequiredText("text");
        var source = fields.RequiredText("source");
        int? year = null;
        if (fields.Text("fiscal_year") is { } yearText)
        {
            if (int.TryParse(yearText, out var parsed) && parsed is > 2000 and < 2100)
            {
                year = parsed;
            }
            else
            {
                fields.Fail(fields.LineOf("fiscal_year"), "fiscal_year は西暦の年度（例: 2025）で書いてください。");
            }
        }

        return fields.Failed ? null : new EnglishText(topic, text, source) { FiscalYear = year };
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(YamlMappingNode? mapping, KnowledgeFile file, ErrorLog errors)
    {
        if (mapping is null)
        {
            yield break;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } k } && value is YamlScalarNode { Value: { Length: > 0 } v })
            {
                yield return new KeyValuePair<string, string>(k.Trim(), v.Trim());
            }
            else
            {
                errors.Add(file, YamlDocument.Line(key), "「日本語: English」の形で書いてください。");
            }
        }
    }
}
