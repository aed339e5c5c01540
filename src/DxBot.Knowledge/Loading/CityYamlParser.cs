using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>Reads cities/&lt;id&gt;/city.yaml.</summary>
internal static class CityYamlParser
{
    private static readonly HashSet<string> ContactTopics = new(StringComparer.Ordinal) { "dx", "mynumber", "support", "procedures" };

    public static CityProfile? Parse(KnowledgeFile file, string text, ErrorLog errors)
    {
        var root = YamlDocument.LoadMapping(text, file, errors, lineOffset: 0, allowEmpty: false);
        if (root is null)
        {
            return null;
        }

        var fields = new YamlFields(root, file, errors);
        var id = fields.RequiredText("id");
        if (!fields.Failed && id != file.CityFolder)
        {
            fields.Fail(fields.LineOf("id"), $"id「{id}」がフォルダ名「{file.CityFolder}」と一致しません。");
        }

        var name = fields.RequiredText("name");
        var prefecture = fields.RequiredText("prefecture");
        var aliases = fields.Words("aliases");
        var plan = ParsePlan(fields, file, errors);
        var contacts = fields.Items("contacts").Select(c => ParseContact(c, file, errors)).OfType<Contact>().ToList();
        if (fields.Failed || plan is null)
        {
            return null;
        }

        return new CityProfile(id, name, prefecture, plan) { Aliases = aliases, Contacts = contacts };
    }

    private static PlanInfo? ParsePlan(YamlFields city, KnowledgeFile file, ErrorLog errors)
    {
        var node = city.Mapping("plan");
        if (node is null)
        {
            if (!city.Failed)
            {
                city.Fail(city.Line, "plan（計画の title など）がありません。");
            }

            return null;
        }

        var plan = new YamlFields(node, file, errors);
        var title = plan.RequiredText("title");
        var result = new PlanInfo(title)
        {
            Published = plan.Text("published"),
            Period = plan.Text("period"),
            Seed = plan.Text("seed"),
        };
        return plan.Failed ? null : result;
    }

    private static Contact? ParseContact(YamlDotNet.RepresentationModel.YamlMappingNode node, KnowledgeFile file, ErrorLog errors)
    {
        var contact = new YamlFields(node, file, errors);
        var department = contact.RequiredText("department");
        var topics = new List<string>();
        foreach (var topic in contact.Words("topics"))
        {
            if (ContactTopics.Contains(topic))
            {
                topics.Add(topic);
            }
            else
            {
                // Only the unknown topic is dropped: the office is still worth referring residents to.
                errors.Add(file, contact.LineOf("topics"), $"topics の「{topic}」は使えません（dx, mynumber, support, procedures のいずれか）。");
            }
        }

        var flag = contact.Text("internal");
        if (flag is not null and not "true" and not "false")
        {
            errors.Add(file, contact.LineOf("internal"), $"internal の「{flag}」は使えません（true か false）。");
        }

        var result = new Contact(department)
        {
            Phone = contact.Text("phone"),
            Email = contact.Text("email"),
            Fax = contact.Text("fax"),
            Url = contact.Text("url"),
            Internal = flag is "true",
            Topics = topics,
        };
        return contact.Failed ? null : result;
    }
}
