using System.Diagnostics;

namespace DxBot.Tests.Shared;

/// <summary>Runs the built `dxbot` as its own process, as an administrator would: its exit code and all it printed.</summary>
internal static class DxBotCommand
{
    // Generous: the machine is shared with other builds; this bounds a hang, it measures nothing.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <param name="environment">Variables to set; a null value removes the variable (e.g. an inherited admin key).</param>
    /// <param name="input">Typed on standard input, which is then closed (so an interactive command ends).</param>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string dll, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null, string? input = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
