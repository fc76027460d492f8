/**
 * Runs Lambda handlers in-process: `functions/x/y.handler` → import `<root>/functions/x/y.ts`
 * (tsx / vitest transform TS) and call its `handler` export with a Lambda-like context.
 * Modules load once and are cached, like a warm Lambda; a failed load is retried next time
 * (the file may not be written yet).
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { fakeAws } from "../emulators/index.js";
import { LOCAL_ACCOUNT } from "../env.js";

export type LambdaHandler = (event: unknown, context: LambdaContext) => Promise<unknown> | unknown;

export interface LambdaContext {
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  callbackWaitsForEmptyEventLoop: boolean;
  getRemainingTimeInMillis(): number;
  done(): void;
  fail(): void;
  succeed(): void;
}

export class HandlerNotFoundError extends Error {
  override name = "HandlerNotFoundError";
}

/** `functions/deadlines/fired.handler` → `exidmet-local-functions-deadlines-fired` */
export const functionNameOf = (handler: string) =>
  `exidmet-local-${handler.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9-]+/g, "-")}`.slice(0, 64);

export const functionArnOf = (handler: string) => `arn:aws:lambda:${fakeAws.region}:${LOCAL_ACCOUNT}:function:${functionNameOf(handler)}`;

export function lambdaContext(handler: string, timeoutMs: number, requestId: string = randomUUID()): LambdaContext {
  const started = Date.now();
  const functionName = functionNameOf(handler);
  return {
    functionName,
    functionVersion: "$LATEST",
    invokedFunctionArn: functionArnOf(handler),
    memoryLimitInMB: "1024",
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${requestId}`,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

export type HandlerLoader = (handler: string) => Promise<LambdaHandler>;

const extensions = [".ts", ".mts", ".js", ".mjs"];

export function createHandlerLoader(rootDir: string): HandlerLoader {
  const cache = new Map<string, Promise<LambdaHandler>>();
  return (handler) => {
    let loading = cache.get(handler);
    if (!loading) {
      loading = load(rootDir, handler);
      cache.set(handler, loading);
      loading.catch(() => cache.delete(handler));
    }
    return loading;
  };
}

async function load(rootDir: string, handler: string): Promise<LambdaHandler> {
  const dot = handler.lastIndexOf(".");
  const modulePath = handler.slice(0, dot);
  const exportName = handler.slice(dot + 1);
  const base = path.resolve(rootDir, modulePath);
  if (!base.startsWith(path.join(rootDir, path.sep))) throw new HandlerNotFoundError(`handler outside the repository: ${handler}`);
  const file = extensions.map((ext) => base + ext).find((f) => fs.existsSync(f));
  if (!file) throw new HandlerNotFoundError(`no file for handler ${handler} (looked for ${modulePath}.ts)`);
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const fn = mod[exportName];
  if (typeof fn !== "function") throw new HandlerNotFoundError(`${path.relative(rootDir, file)} has no export "${exportName}"`);
  return fn as LambdaHandler;
}

/** Calls a handler with a timeout, as Lambda does. */
export async function invokeHandler(
  loader: HandlerLoader,
  handler: string,
  event: unknown,
  options: { timeoutMs: number; requestId?: string },
): Promise<unknown> {
  const fn = await loader(handler);
  const context = lambdaContext(handler, options.timeoutMs, options.requestId);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LambdaTimeoutError(`${handler} timed out after ${options.timeoutMs} ms`)), options.timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(() => fn(event, context)), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class LambdaTimeoutError extends Error {
  override name = "LambdaTimeoutError";
}
