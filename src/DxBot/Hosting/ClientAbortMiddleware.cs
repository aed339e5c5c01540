using Microsoft.AspNetCore.Connections;

namespace DxBot.Hosting;

/// <summary>
/// A client that is too slow (Kestrel's minimum data rate, header timeout) or hangs up mid-request is not a server
/// fault: without this, each such drop was logged as an unhandled exception with its stack trace, which a few slow
/// clients could turn into a flood of error lines. One Information line each, no stack trace.
/// </summary>
internal sealed class ClientAbortMiddleware(RequestDelegate next, ILogger<ClientAbortMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsClientAbort(ex, context))
        {
            logger.LogInformation(
                "Request {Method} {Path} ended by the client ({ExceptionType}).",
                context.Request.Method,
                context.Request.Path.Value,
                ex.GetType().Name);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
            }
        }
    }

    private static bool IsClientAbort(Exception ex, HttpContext context) => ex switch
    {
        BadHttpRequestException => true,
        ConnectionResetException => true,
        OperationCanceledException => context.RequestAborted.IsCancellationRequested,
        IOException => context.RequestAborted.IsCancellationRequested,
        _ => false,
    };
}
