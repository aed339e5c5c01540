using System.Text;

namespace DxBot.Knowledge.Tests.Loading;

/// <summary>A knowledge folder in the temp directory, deleted after the test.</summary>
internal sealed class TempKnowledgeFolder : IDisposable
{
    public TempKnowledgeFolder(string name = "knowledge")
    {
        Parent = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dxbot-knowledge-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Parent, name);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    private string Parent { get; }

    public TempKnowledgeFolder Write(string relativePath, string content) =>
        WriteBytes(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content));

    public TempKnowledgeFolder WriteBytes(string relativePath, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Parent, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it would not be.
        }
    }
}
