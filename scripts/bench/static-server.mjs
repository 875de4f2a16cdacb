// The ceiling a page is measured against: the same HTML as a plain file, read from disk per
// request and streamed by Node's http module. Usage: node static-server.mjs DIR PORT
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const [dir, port] = process.argv.slice(2);
http
  .createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? "/", "http://x").pathname) || "index";
    const file = path.join(dir, `${name}.html`);
    res.setHeader("content-type", "text/html; charset=utf-8");
    fs.createReadStream(file).on("error", () => { res.statusCode = 404; res.end(); }).pipe(res);
  })
  .listen(Number(port), "127.0.0.1");
