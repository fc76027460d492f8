/**
 * The local Step Functions endpoint, driven through the real @aws-sdk/client-sfn: name
 * idempotency, fast-forwarding timers, re-arming after a restart, retries, stops. Mostly against a
 * private instance with a fake handler; the last test uses the local cloud and the real
 * functions/deadlines/fired.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from "@aws-sdk/client-sfn";
import { repoRoot } from "@exidmet/local/config";
import { loadDeadlineDefinition } from "@exidmet/local/stepfunctions/definition";
import { LocalStepFunctions } from "@exidmet/local/stepfunctions/executions";
import { startStepFunctionsServer } from "@exidmet/local/stepfunctions/server";
import { afterEach, describe, expect, it } from "vitest";
import { advanceTimers, listTimers, localCloud } from "../setup/local-cloud.js";

const ARN = "arn:aws:states:eu-central-1:000000000000:stateMachine:exidmet-deadlines";
const definition = loadDeadlineDefinition(repoRoot);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

interface Harness {
  sfn: LocalStepFunctions;
  client: SFNClient;
  calls: unknown[];
  close(): Promise<void>;
}
const open: Harness[] = [];
const dirs: string[] = [];

async function harness(dir?: string, invoke?: (input: unknown) => Promise<unknown>): Promise<Harness & { dir: string }> {
  const dataDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "exidmet-sfn-"));
  if (!dir) dirs.push(dataDir);
  const calls: unknown[] = [];
  const sfn = new LocalStepFunctions({
    definition,
    stateMachineArn: ARN,
    dataDir,
    retryIntervalMs: 1,
    log: () => {},
    invoke: async (handler, input) => {
      expect(handler).toBe("functions/deadlines/fired.handler");
      calls.push(input);
      return invoke ? invoke(input) : { outcome: "fired" };
    },
  });
  const server = await startStepFunctionsServer(sfn, 0, "127.0.0.1");
  const client = new SFNClient({ endpoint: server.url, region: "eu-central-1", credentials: { accessKeyId: "x", secretAccessKey: "y" } });
  const h = {
    sfn,
    client,
    calls,
    dir: dataDir,
    close: async () => {
      sfn.close();
      await server.close();
    },
  };
  open.push(h);
  return h;
}

afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

const input = (dueAt: string, pk = "DEADLINE#A#B") => JSON.stringify({ deadlineKey: { pk, sk: "KIND#test" }, dueAt });

describe("local Step Functions", () => {
  it("starts one execution per name: same name + input is idempotent, another input conflicts", async () => {
    const { client, sfn } = await harness();
    const dueAt = inDays(3);
    const first = await client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "t-1", input: input(dueAt) }));
    const second = await client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "t-1", input: input(dueAt) }));
    expect(second.executionArn).toBe(first.executionArn);
    expect(second.startDate?.getTime()).toBe(first.startDate?.getTime());
    expect(sfn.list()).toHaveLength(1);
    await expect(client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "t-1", input: input(inDays(4)) }))).rejects.toBeInstanceOf(ExecutionAlreadyExists);
    const described = await client.send(new DescribeExecutionCommand({ executionArn: first.executionArn }));
    expect(described).toMatchObject({ status: "RUNNING", name: "t-1", input: input(dueAt), stateMachineArn: ARN });
  });

  it("rejects an unknown state machine and bad input", async () => {
    const { client } = await harness();
    await expect(client.send(new StartExecutionCommand({ stateMachineArn: `${ARN}-other`, name: "x", input: input(inDays(1)) }))).rejects.toMatchObject({ name: "StateMachineDoesNotExist" });
    await expect(client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "x", input: "{nope" }))).rejects.toMatchObject({ name: "InvalidExecutionInput" });
  });

  it("advance fires executions due by the given time, calls the handler with the input, and no others", async () => {
    const { client, sfn, calls } = await harness();
    const soon = inDays(2);
    const later = inDays(40); // beyond setTimeout's ~24.8-day limit: must not fire early
    const a = await client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "soon", input: input(soon) }));
    await client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "later", input: input(later, "DEADLINE#L#L") }));
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toHaveLength(0);

    const fired = await sfn.advance({ to: inDays(10) });
    expect(fired.map((e) => e.name)).toEqual(["soon"]);
    expect(calls).toEqual([JSON.parse(input(soon))]);
    const done = await client.send(new DescribeExecutionCommand({ executionArn: a.executionArn }));
    expect(done.status).toBe("SUCCEEDED");
    expect(JSON.parse(done.output!)).toEqual({ outcome: "fired" });
    expect(sfn.pending().map((e) => e.name)).toEqual(["later"]);

    await sfn.advance({ all: true });
    expect(calls).toHaveLength(2);
    expect(sfn.pending()).toHaveLength(0);
  });

  it("fires on its own when due", async () => {
    const { client, calls } = await harness();
    const out = await client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "now", input: input(new Date(Date.now() + 200).toISOString()) }));
    await expect.poll(async () => (await client.send(new DescribeExecutionCommand({ executionArn: out.executionArn }))).status, { timeout: 5000 }).toBe("SUCCEEDED");
    expect(calls).toHaveLength(1);
  });

  it("re-arms pending executions after a restart", async () => {
    const first = await harness();
    await first.client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "survivor", input: input(inDays(30)) }));
    await first.close();
    open.splice(open.indexOf(first), 1);

    const second = await harness(first.dir);
    expect(second.sfn.rearm()).toBe(1);
    expect(second.sfn.pending().map((e) => e.name)).toEqual(["survivor"]);
    // The name is still known after the restart.
    await expect(second.client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "survivor", input: input(inDays(9)) }))).rejects.toBeInstanceOf(ExecutionAlreadyExists);
    await second.sfn.advance({ to: inDays(31) });
    expect(second.calls).toHaveLength(1);
    expect(second.sfn.list()[0]?.status).toBe("SUCCEEDED");
  });

  it("retries a failing handler as the ASL says, then fails the execution", async () => {
    let attempts = 0;
    const { client, sfn } = await harness(undefined, async () => {
      attempts++;
      throw Object.assign(new Error("table busy"), { name: "BusyError" });
    });
    const out = await client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "flaky", input: input(inDays(1)) }));
    await sfn.advance({ to: inDays(2) });
    expect(attempts).toBe(6); // first attempt + MaxAttempts 5
    const described = await client.send(new DescribeExecutionCommand({ executionArn: out.executionArn }));
    expect(described.status).toBe("FAILED");
    expect(described.error).toBe("BusyError");
  });

  it("StopExecution aborts a waiting execution", async () => {
    const { client, sfn, calls } = await harness();
    const out = await client.send(new StartExecutionCommand({ stateMachineArn: ARN, name: "cancelled", input: input(inDays(1)) }));
    const stopped = await client.send(new StopExecutionCommand({ executionArn: out.executionArn }));
    expect(stopped.stopDate).toBeInstanceOf(Date);
    await sfn.advance({ all: true });
    expect(calls).toHaveLength(0);
    expect((await client.send(new DescribeExecutionCommand({ executionArn: out.executionArn }))).status).toBe("ABORTED");
  });
});

describe("the local cloud's Step Functions endpoint", () => {
  it("runs the real ASL and the real fired-deadline handler", async () => {
    const { env } = localCloud();
    const client = new SFNClient({});
    expect(env.AWS_ENDPOINT_URL_SFN).toBe(process.env.AWS_ENDPOINT_URL_SFN);
    const dueAt = inDays(5);
    // A deadline with no record: the handler must find nothing pending and do nothing.
    const name = `local-test-${Date.now()}`;
    await client.send(
      new StartExecutionCommand({
        stateMachineArn: env.DEADLINES_STATE_MACHINE_ARN,
        name,
        input: JSON.stringify({ deadlineKey: { pk: "DEADLINE#NOPE#NOPE", sk: "KIND#nothing" }, dueAt }),
      }),
    );
    expect((await listTimers()).find((t) => t.name === name)).toMatchObject({ status: "RUNNING", phase: "waiting", dueAt });
    const fired = await advanceTimers(new Date(Date.parse(dueAt) + 1000));
    const mine = fired.find((t) => t.name === name);
    expect(mine?.status).toBe("SUCCEEDED");
  });
});

afterEach(() => {
  if (open.length === 0) for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
