using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>Collects the problems of one load; parsers report here instead of throwing so one bad piece costs only itself.</summary>
internal sealed class ErrorLog
{
    private readonly List<KnowledgeError> errors = [];

    public IReadOnlyList<KnowledgeError> Errors => errors;

    public void Add(KnowledgeFile file, int line, string message) => errors.Add(new KnowledgeError(file.RelativePath, line, message));

    public void Add(string file, int line, string message) => errors.Add(new KnowledgeError(file, line, message));
}
