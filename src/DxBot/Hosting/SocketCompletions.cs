namespace DxBot.Hosting;

/// <summary>
/// Socket completions run on the socket engine's own threads instead of being handed to the thread pool. A LINE message
/// crosses loopback sockets four times (the webhook in, LINE's 200 out, the reply call out, its answer in), and each
/// completion handed to the pool waited for a pool thread to be woken and given a core: on two shared cores the bot
/// answered half again as many messages a second with the same CPU a message (closed loop, alternating runs;
/// docs/benchmarks.md, twenty-eighth session). The runtime reads the switch once, from the environment, when the first
/// socket is used, so it is set before the host starts; an operator's own value (0 turns it off) is left as it is.
/// Kestrel still runs requests on the pool (its inline scheduling is not turned on), so a long request such as a
/// reindex does not hold a socket thread.
/// </summary>
public static class SocketCompletions
{
    public const string Variable = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>Sets the switch to 1 unless the environment already says something; true when it was set here.</summary>
    public static bool RunInlineUnlessSet(Func<string, string?> read, Action<string, string> write)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(write);
        if (read(Variable) is not null)
        {
            return false;
        }

        write(Variable, "1");
        return true;
    }

    /// <summary>The process's own environment: call before anything opens a socket.</summary>
    public static bool RunInlineUnlessSet() =>
        RunInlineUnlessSet(Environment.GetEnvironmentVariable, static (name, value) => Environment.SetEnvironmentVariable(name, value));
}
