using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>Collects the problems of one load; parsers report here instead of throwing so one bad piece costs only itself.</summary>
/// <param name="limits">The load's limits: they travel with its log because every reader and parser already receives it.</param>
internal sealed class ErrorLog(KnowledgeLimits? limits = null)
{
    private readonly List<KnowledgeError> errors = [];

    public IReadOnlyList<KnowledgeError> Errors => errors;

    public KnowledgeLimits Limits { get; } = limits ?? KnowledgeLimits.Default;

    /// <summary>Bytes read so far in this load, against <see cref="KnowledgeLimits.MaxTotalBytes"/>.</summary>
    public long BytesRead { get; set; }

    public void Add(KnowledgeFile file, int line, string message) => errors.Add(new KnowledgeError(file.RelativePath, line, message));

    public void Add(string file, int line, string message) => errors.Add(new KnowledgeError(file, line, message));
}
