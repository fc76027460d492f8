/**
 * The local API Gateway (HTTP API): routes of core's route table, JWT authorizer, CORS, payload
 * v2.0 events, handlers invoked in-process. Logs never contain bodies, tokens or query strings
 * (they carry personal data).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { RouteDef } from "@exidmet/core/http/routes";
import { type HandlerLoader, HandlerNotFoundError, invokeHandler, LambdaTimeoutError } from "../lambda/handlers.js";
import { bearerToken, type PoolTrust, poolVerifier, stringifyClaims, type Verifier } from "./auth.js";
import { type CorsConfig, corsHeaders, preflightHeaders, stripCors } from "./cors.js";
import { apiRequestId, buildEvent, type HttpResult, toHttpResult } from "./event.js";
import { compileRoutes } from "./router.js";

export const MAX_BODY_BYTES = 1024 * 1024;
/** API Gateway's integration timeout. */
const INTEGRATION_TIMEOUT_MS = 29_000;

export interface GatewayOptions {
  routes: readonly RouteDef[];
  loader: HandlerLoader;
  pools: { citizens: PoolTrust; officials: PoolTrust };
  cors: CorsConfig;
  port: number;
  host: string;
  log: (line: string) => void;
  /** One line per request (method, path template, status, ms). */
  accessLog?: boolean;
}

export interface Gateway {
  url: string;
  close(): Promise<void>;
}

class TooLarge extends Error {}

async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const json = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { "content-type": "application/json" },
  cookies: [],
  body: Buffer.from(JSON.stringify(body)),
});

export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const match = compileRoutes(options.routes);
  const verifiers: Record<"citizens" | "officials", Verifier> = {
    citizens: poolVerifier(options.pools.citizens),
    officials: poolVerifier(options.pools.officials),
  };

  async function handle(req: http.IncomingMessage, requestId: string): Promise<{ result: HttpResult; label: string }> {
    const method = req.method ?? "GET";
    const rawUrl = req.url ?? "/";
    const q = rawUrl.indexOf("?");
    const rawPath = q === -1 ? rawUrl : rawUrl.slice(0, q);
    const rawQueryString = q === -1 ? "" : rawUrl.slice(q + 1);

    const found = match(method, rawPath);
    if (!found) {
      // Drain so the connection stays usable; API Gateway answers 404 for unknown routes.
      await readBody(req).catch(() => undefined);
      return { result: json(404, { message: "Not Found" }), label: `${method} (no route)` };
    }
    const { route, pathParameters } = found;
    const routeKey = `${route.method} ${route.path}`;

    let claims: Record<string, string> | undefined;
    let scopes: string[] | undefined;
    if (route.access.kind !== "public") {
      const token = bearerToken(req.headers.authorization);
      const payload = token ? await verifiers[route.access.kind === "citizen" ? "citizens" : "officials"](token) : undefined;
      if (!payload) {
        await readBody(req).catch(() => undefined);
        return { result: json(401, { message: "Unauthorized" }), label: routeKey };
      }
      claims = stringifyClaims(payload);
      scopes = typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
    }

    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (e) {
      if (e instanceof TooLarge) return { result: json(413, { message: "Request Entity Too Large" }), label: routeKey };
      throw e;
    }
    const event = buildEvent({ req, routeKey, rawPath, rawQueryString, pathParameters, body, requestId, claims, scopes });
    try {
      const output = await invokeHandler(options.loader, route.handler, event, { timeoutMs: INTEGRATION_TIMEOUT_MS, requestId });
      return { result: toHttpResult(output), label: routeKey };
    } catch (e) {
      const err = e as Error;
      const why = e instanceof HandlerNotFoundError ? err.message : `${err?.name ?? "Error"}: ${String(err?.message ?? e).slice(0, 300)}`;
      options.log(`[api] ${routeKey} (${route.id}) failed, request ${requestId}: ${why}`);
      if (e instanceof LambdaTimeoutError) return { result: json(503, { message: "Service Unavailable" }), label: routeKey };
      return { result: json(500, { message: "Internal Server Error" }), label: routeKey };
    }
  }

  const server = http.createServer(async (req, res) => {
    const started = Date.now();
    const requestId = apiRequestId();
    const origin = req.headers.origin;
    let label = `${req.method}`;
    let result: HttpResult;
    try {
      if (req.method === "OPTIONS" && origin && req.headers["access-control-request-method"]) {
        result = { statusCode: 204, headers: preflightHeaders(options.cors, origin), cookies: [], body: Buffer.alloc(0) };
        label = "OPTIONS (preflight)";
      } else {
        ({ result, label } = await handle(req, requestId));
        result.headers = { ...stripCors(result.headers), ...corsHeaders(options.cors, origin) };
      }
    } catch (e) {
      options.log(`[api] gateway error, request ${requestId}: ${(e as Error)?.message ?? e}`);
      result = json(500, { message: "Internal Server Error" });
    }
    const headers: http.OutgoingHttpHeaders = {
      ...result.headers,
      "apigw-requestid": requestId,
      "content-length": result.body.length,
      // An oversized body was not read to the end: do not reuse the connection.
      ...(result.statusCode === 413 ? { connection: "close" } : {}),
    };
    if (result.cookies.length) headers["set-cookie"] = result.cookies;
    if (!res.headersSent) {
      res.writeHead(result.statusCode, headers);
      res.end(result.body);
    }
    if (options.accessLog) options.log(`[api] ${label} → ${result.statusCode} ${Date.now() - started}ms`);
  });
  // Longer than clients keep idle connections (undici: 4 s), so the server never closes one under a request being sent.
  server.keepAliveTimeout = 65_000;
  // Malformed requests or an oversized request line/headers never reach a route: answer as API
  // Gateway does, with a short JSON message, instead of Node's bare status line.
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const [status, message] = err.code === "HPE_HEADER_OVERFLOW" ? [431, "Request Header Fields Too Large"] : [400, "Bad Request"];
    const body = JSON.stringify({ message });
    socket.end(`HTTP/1.1 ${status} ${message}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
