using System.Net;

namespace DxBot.Protocol.Connector;

/// <summary>Recognises this machine's own addresses, the only peers trusted without credentials.</summary>
public static class Loopback
{
    public static bool IsLoopbackHost(string host)
    {
        var trimmed = host.Trim('[', ']');
        if (string.Equals(trimmed, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(trimmed, out var address) && IsLoopbackAddress(address);
    }

    public static bool IsLoopbackAddress(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address);
    }
}
