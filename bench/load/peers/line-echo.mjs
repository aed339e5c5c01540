// The peer for the LINE path: the smallest echo bot on LINE's official Node SDK. Signature validation is the
// SDK's middleware, replies go through the SDK's MessagingApiClient pointed at the benchmark's fake LINE API.
// Env: PORT, LINE_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN, LINE_API_BASE_URL.
import http from "node:http";
import { middleware, messagingApi } from "@line/bot-sdk";

const port = Number(process.env.PORT ?? 3000);
const validate = middleware({ channelSecret: process.env.LINE_CHANNEL_SECRET });
const client = new messagingApi.MessagingApiClient({
  channelAccessToken: process.env.LINE_CHANNEL_ACCESS_TOKEN,
  baseURL: process.env.LINE_API_BASE_URL,
});

async function handle(event) {
  if (event.type !== "message" || event.message.type !== "text") {
    return;
  }
  await client.replyMessage({ replyToken: event.replyToken, messages: [{ type: "text", text: event.message.text }] });
}

http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/healthz") {
    res.end("ok");
    return;
  }
  validate(req, res, (err) => {
    if (err) {
      res.statusCode = 401;
      res.end();
      return;
    }
    // As the SDK's examples do: the 200 waits for the replies.
    Promise.all(req.body.events.map(handle)).then(
      () => res.end("{}"),
      () => { res.statusCode = 500; res.end(); });
  });
}).listen(port, "127.0.0.1");
