using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>The configured knowledge folders (or the bundled one), read by the loader within <c>Knowledge:Limits</c>.</summary>
public sealed class FolderKnowledgeSource(IOptions<KnowledgeOptions> options) : IKnowledgeSource
{
    private readonly KnowledgeLoader _loader = new(options.Value.Limits);

    public KnowledgeBase Load() => _loader.Load(KnowledgeLocator.Resolve(options.Value.Folders));
}
