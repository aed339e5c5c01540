namespace DxBot.Cli;

/// <summary>The `dxbot` command line: `serve` (default) runs the web host; the other verbs run here.</summary>
public static class DxBotCommandLine
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "ask", "chat", "reindex", "eval", "--help", "-h", "-?", "--version" };

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    /// <summary>The arguments for the web host: everything but the optional `serve` verb.</summary>
    public static string[] ServeArguments(string[] args) =>
        args.Length > 0 && args[0] == "serve" ? args[1..] : args;

    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
