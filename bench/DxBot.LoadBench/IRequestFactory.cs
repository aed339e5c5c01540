namespace DxBot.LoadBench;

/// <summary>Makes the next webhook request of a channel and names the key its answer will carry.</summary>
internal interface IRequestFactory
{
    (HttpRequestMessage Request, string Key) Next();
}
