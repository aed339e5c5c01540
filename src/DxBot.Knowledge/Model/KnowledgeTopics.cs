namespace DxBot.Knowledge.Model;

/// <summary>The topic names used in front matter and by the dialogs.</summary>
public static class KnowledgeTopics
{
    public const string Online = "online";
    public const string MyNumber = "mynumber";
    public const string Support = "support";
    public const string Plan = "plan";
    public const string Kpi = "kpi";
    public const string Organization = "organization";
    public const string General = "general";
    public const string Procedure = "procedure";
    public const string Text = "text";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Online, MyNumber, Support, Plan, Kpi, Organization, General, Procedure, Text,
    };
}
