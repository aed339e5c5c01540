using DxBot.Channels.Line;
using DxBot.Channels.Teams;
using DxBot.Cli;
using DxBot.Endpoints;
using DxBot.Handoff;
using DxBot.Hosting;
using DxBot.Imports;

if (DxBotCommandLine.IsCommand(args))
{
    return await DxBotCommandLine.RunAsync(args);
}

// Before anything opens a socket: the runtime reads the switch once (see SocketCompletions).
SocketCompletions.RunInlineUnlessSet();

var builder = WebApplication.CreateBuilder(DxBotCommandLine.ServeArguments(args));
builder.Configuration.AddBundledSettings(builder.Environment);

builder.Services.AddDxBotForwardedHeaders(builder.Configuration);
builder.Services.AddDxBotLimits(builder.Configuration);
builder.Services.AddDxBotStorage(builder.Configuration);
builder.Services.AddDxBotKnowledge(builder.Configuration);
builder.Services.AddDxBotDialogs(builder.Configuration);
builder.Services.AddLineChannel(builder.Configuration);
builder.Services.AddTeamsChannel(builder.Configuration);
builder.Services.AddDxBotSessionsHosting(builder.Configuration);
builder.Services.AddDxBotHandoff(builder.Configuration);
builder.Services.AddDxBotImport(builder.Configuration);
builder.Services.AddDxBotTelemetry(builder.Configuration);

var app = builder.Build();

app.UseDxBotLimits();

app.MapHealth();
app.MapAdmin();
app.MapLineWebhook();
app.MapBotFramework();
app.MapSessions();
app.MapDxBotTelemetry();

await app.RunAsync();
return 0;
