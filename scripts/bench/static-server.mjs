// The ceiling a page is measured against: the same HTML as a plain file, read from disk per
// request and written in one piece by Node's http module (as Next writes a cached page; a
// 64 kB-chunked stream would make a weaker ceiling for megabyte pages). Usage: node static-server.mjs DIR PORT
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const [dir = ".", port = "8080"] = process.argv.slice(2);
http
  .createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? "/", "http://x").pathname) || "index";
    fs.readFile(path.join(dir, `${name}.html`), (err, body) => {
      if (err) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(body);
    });
  })
  .listen(Number(port), "127.0.0.1");
