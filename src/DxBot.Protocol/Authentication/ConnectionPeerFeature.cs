using System.Net;

namespace DxBot.Protocol.Authentication;

/// <summary>
/// The address of the socket a request arrived on, captured before the forwarded-headers middleware can rewrite
/// <c>HttpContext.Connection.RemoteIpAddress</c> (it writes through to <c>IHttpConnectionFeature</c>), so that
/// "this request comes from this machine" cannot be claimed with a header.
/// </summary>
public sealed record ConnectionPeerFeature(IPAddress? RemoteIpAddress);
