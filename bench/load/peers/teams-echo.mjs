// The peer for the Teams path: the smallest echo bot on Microsoft's Node botbuilder (CloudAdapter). No app id is
// configured, so authentication is off as for the Bot Framework Emulator; replies go to the activity's serviceUrl
// (the benchmark's fake connector). Env: PORT.
import http from "node:http";
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from "botbuilder";

const port = Number(process.env.PORT ?? 3978);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(context.activity.text ?? "");
  await next();
});

// CloudAdapter expects an Express/Restify-like request and response; node's http needs these three shims.
function restifyLike(res) {
  res.status = (code) => { res.statusCode = code; };
  res.header = (name, value) => res.setHeader(name, value);
  res.send = (body) => res.write(typeof body === "string" ? body : JSON.stringify(body));
  return res;
}

http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/healthz") {
    res.end("ok");
    return;
  }
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    try {
      req.body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      res.statusCode = 400;
      res.end();
      return;
    }
    adapter.process(req, restifyLike(res), (context) => bot.run(context)).catch(() => {
      if (!res.writableEnded) { res.statusCode = 500; res.end(); }
    });
  });
}).listen(port, "127.0.0.1");
