/**
 * Serves the built web app: static files, SPA fallback to index.html, and the security headers of
 * the CloudFront response-headers policy in stacks/Web.ts (CSP without inline scripts or styles).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import zlib from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".pdf": "application/pdf",
};

export function securityHeaders(connectSources: string[]): Record<string, string> {
  // Same policy as stacks/Web.ts (minus HSTS: the local site is plain http).
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connectSources.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
  };
}

const PLACEHOLDER = `<!doctype html>
<html lang="az"><head><meta charset="utf-8"><title>e-Xidmət (local)</title></head>
<body><h1>e-Xidmət</h1><p>The web app is not built yet (web/ has nothing to build, or its build failed — see the start-up output).</p>
<p>The API, Cognito and the mailbox are running; see the table printed by <code>npm start</code>.</p></body></html>
`;

/** Text is compressed as CloudFront compresses it in production (brotli, else gzip). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|manifest\+json|xml)|image\/svg)/;
type Encoding = "br" | "gzip";

function acceptedEncoding(header: string | undefined): Encoding | undefined {
  const accepted = (header ?? "").split(",").map((e) => e.split(";")[0]!.trim().toLowerCase());
  return accepted.includes("br") ? "br" : accepted.includes("gzip") ? "gzip" : undefined;
}

// Built files never change while served (a new build is a new folder or new hashed names).
const compressedCache = new Map<string, Buffer>();

function compressed(body: Buffer | string, encoding: Encoding): Buffer {
  const key = `${encoding}:${createHash("sha1").update(body).digest("base64")}`;
  let out = compressedCache.get(key);
  if (!out) {
    out = encoding === "br" ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } }) : zlib.gzipSync(body, { level: 9 });
    if (compressedCache.size > 500) compressedCache.clear();
    compressedCache.set(key, out);
  }
  return out;
}

export interface WebServer {
  url: string;
  /** Serve another build folder (the build finishes after the server is already answering). */
  setDir(dir: string | undefined): void;
  close(): Promise<void>;
}

export async function startWebServer(options: { dir?: string; port: number; host: string; connectSources: string[] }): Promise<WebServer> {
  const headers = securityHeaders(options.connectSources);
  let root = options.dir ? path.resolve(options.dir) : undefined;

  const server = http.createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, allow: "GET, HEAD" });
      return res.end();
    }
    const send = (status: number, type: string, body: Buffer | string, cache: string) => {
      const encoding = status === 200 && COMPRESSIBLE.test(type) ? acceptedEncoding(req.headers["accept-encoding"]) : undefined;
      const payload = encoding ? compressed(body, encoding) : body;
      res.writeHead(status, {
        ...headers,
        "content-type": type,
        "content-length": Buffer.byteLength(payload),
        "cache-control": cache,
        vary: "accept-encoding",
        ...(encoding ? { "content-encoding": encoding } : {}),
      });
      res.end(req.method === "HEAD" ? undefined : payload);
    };
    if (!root) return send(200, TYPES[".html"]!, PLACEHOLDER, "no-store");

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://local").pathname);
    } catch {
      return send(400, "text/plain; charset=utf-8", "Bad Request", "no-store");
    }
    const file = path.resolve(root, `.${pathname}`);
    if (file !== root && !file.startsWith(root + path.sep)) return send(404, "text/plain; charset=utf-8", "Not Found", "no-store");
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) {
      const ext = path.extname(file).toLowerCase();
      // Vite's hashed assets never change; everything else is revalidated.
      const cache = pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
      return send(200, TYPES[ext] ?? "application/octet-stream", fs.readFileSync(file), cache);
    }
    // SPA fallback: routes without a file extension get index.html; missing assets stay 404.
    if (!path.extname(pathname)) {
      const index = path.join(root, "index.html");
      if (fs.existsSync(index)) return send(200, TYPES[".html"]!, fs.readFileSync(index), "no-cache");
    }
    return send(404, "text/plain; charset=utf-8", "Not Found", "no-store");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${address.port}`,
    setDir: (dir) => {
      root = dir ? path.resolve(dir) : undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
