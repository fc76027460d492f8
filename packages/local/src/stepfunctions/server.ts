/**
 * The Step Functions endpoint the handlers' `@aws-sdk/client-sfn` talks to (AWS_ENDPOINT_URL_SFN):
 * AWS JSON 1.0 over `POST /` with `X-Amz-Target: AWSStepFunctions.<Operation>`. Signatures are
 * not checked (loopback only). Plus test controls under `/_local/`.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { type LocalStepFunctions, SfnError } from "./executions.js";
import type { ExecutionRecord } from "./store.js";

const seconds = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);

function describeOutput(r: ExecutionRecord) {
  return {
    executionArn: r.executionArn,
    stateMachineArn: r.stateMachineArn,
    name: r.name,
    status: r.status,
    startDate: seconds(r.startDate),
    stopDate: seconds(r.stopDate),
    input: r.input,
    inputDetails: { included: true },
    ...(r.output !== undefined ? { output: r.output, outputDetails: { included: true } } : {}),
    ...(r.error !== undefined ? { error: r.error } : {}),
    ...(r.cause !== undefined ? { cause: r.cause } : {}),
  };
}

/** What `GET /_local/executions` and `POST /_local/advance` show (input included: it is a deadline key, not personal data). */
export const executionView = (r: ExecutionRecord) => ({
  name: r.name,
  status: r.status,
  phase: r.phase,
  dueAt: r.dueAt,
  input: r.input,
  startDate: new Date(r.startDate).toISOString(),
  stopDate: r.stopDate ? new Date(r.stopDate).toISOString() : undefined,
  error: r.error,
});

type Operation = (sfn: LocalStepFunctions, body: Record<string, unknown>) => unknown;

const operations: Record<string, Operation> = {
  StartExecution(sfn, body) {
    const r = sfn.start({
      stateMachineArn: body.stateMachineArn as string,
      name: body.name as string | undefined,
      input: body.input as string | undefined,
    });
    return { executionArn: r.executionArn, startDate: seconds(r.startDate) };
  },
  DescribeExecution(sfn, body) {
    return describeOutput(sfn.describe(String(body.executionArn)));
  },
  StopExecution(sfn, body) {
    const r = sfn.stop(String(body.executionArn), body.error as string | undefined, body.cause as string | undefined);
    return { stopDate: seconds(r.stopDate) };
  },
  ListExecutions(sfn, body) {
    const executions = sfn
      .list()
      .filter((r) => !body.statusFilter || r.status === body.statusFilter)
      .map((r) => ({ executionArn: r.executionArn, stateMachineArn: r.stateMachineArn, name: r.name, status: r.status, startDate: seconds(r.startDate), stopDate: seconds(r.stopDate) }));
    return { executions };
  },
};

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: http.ServerResponse, status: number, body: unknown, contentType = "application/x-amz-json-1.0", extra: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text), "x-amzn-requestid": randomUUID(), ...extra });
  res.end(text);
}

function sendError(res: http.ServerResponse, e: unknown) {
  if (e instanceof SfnError) {
    send(res, e.status, { __type: e.type, message: e.message }, undefined, { "x-amzn-errortype": e.type });
  } else {
    send(res, 500, { __type: "InternalFailure", message: e instanceof Error ? e.message : String(e) });
  }
}

export async function startStepFunctionsServer(
  sfn: LocalStepFunctions,
  port: number,
  host: string,
  /** Also exposes `POST /_local/jobs/<id>` to run a scheduled job now. */
  jobs?: { run(id: string): Promise<void> },
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://local");
      if (req.method === "GET" && url.pathname === "/_local/executions") {
        return send(res, 200, { executions: sfn.list().map(executionView) }, "application/json");
      }
      if (req.method === "POST" && url.pathname === "/_local/advance") {
        const body = JSON.parse((await readBody(req)) || "{}") as { to?: string; all?: boolean };
        const fired = await sfn.advance(body);
        return send(res, 200, { fired: fired.map(executionView) }, "application/json");
      }
      const job = /^\/_local\/jobs\/([A-Za-z0-9_-]+)$/.exec(url.pathname);
      if (req.method === "POST" && job && jobs) {
        try {
          await jobs.run(job[1]!);
        } catch (e) {
          if ((e as Error).name === "UnknownJobError") return send(res, 404, { message: (e as Error).message }, "application/json");
          throw e;
        }
        return send(res, 200, { ran: job[1] }, "application/json");
      }
      if (req.method === "POST" && url.pathname === "/") {
        const target = String(req.headers["x-amz-target"] ?? "");
        const [service, operation] = target.split(".");
        const op = service === "AWSStepFunctions" && operation ? operations[operation] : undefined;
        const raw = await readBody(req);
        if (!op) throw new SfnError("UnknownOperationException", `Operation not supported locally: ${target || "(none)"}`);
        return send(res, 200, op(sfn, JSON.parse(raw || "{}") as Record<string, unknown>));
      }
      send(res, 404, { message: "Not Found" }, "application/json");
    } catch (e) {
      sendError(res, e);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
