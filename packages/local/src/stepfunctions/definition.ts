/**
 * The deadline state machine, exactly core's deadlines.asl.json, with the Lambda ARN substituted
 * as CloudFormation's definitionSubstitutions would. Also works out the two things the local
 * runner needs: which Task states call which local handler, and the first Wait state (whose
 * due time the scheduler keeps, see executions.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { deadlineStateMachine } from "@exidmet/core/infra/resources";
import type { StateMachineDefinition } from "aws-local-stepfunctions";
import { functionArnOf } from "../lambda/handlers.js";

export interface LocalDefinition {
  definition: StateMachineDefinition;
  /** Task state name → handler string (`functions/x/y.handler`). */
  taskHandlers: Record<string, string>;
  /** The Wait state the execution starts with (if any). */
  firstWait?: { state: string; timestampPath?: string; timestamp?: string; seconds?: number; secondsPath?: string };
}

export function aslPath(rootDir: string): string {
  return path.join(rootDir, "packages/core/src/infra/deadlines.asl.json");
}

export function loadDeadlineDefinition(rootDir: string): LocalDefinition {
  const handler = deadlineStateMachine.firedFunctionHandler;
  const substitutions: Record<string, string> = { [deadlineStateMachine.firedFunctionSubstitution]: functionArnOf(handler) };
  const handlersByArn: Record<string, string> = { [functionArnOf(handler)]: handler };

  const raw = fs.readFileSync(aslPath(rootDir), "utf8");
  const substituted = raw.replace(/\$\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => substitutions[name] ?? whole);
  const definition = JSON.parse(substituted) as StateMachineDefinition;

  const taskHandlers: Record<string, string> = {};
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === "Task") {
      const target = handlersByArn[(state as { Resource: string }).Resource];
      if (!target) throw new Error(`deadlines.asl.json: Task ${name} calls ${(state as { Resource: string }).Resource}, which has no local handler`);
      taskHandlers[name] = target;
    }
  }
  const start = definition.States[definition.StartAt];
  let firstWait: LocalDefinition["firstWait"];
  if (start?.Type === "Wait") {
    const w = start as { TimestampPath?: string; Timestamp?: string; Seconds?: number; SecondsPath?: string };
    firstWait = { state: definition.StartAt, timestampPath: w.TimestampPath, timestamp: w.Timestamp, seconds: w.Seconds, secondsPath: w.SecondsPath };
  }
  return { definition, taskHandlers, firstWait };
}

/** `$.a.b` on a JSON value (the only JSONPath form the ASL's Wait uses). */
export function readPath(value: unknown, jsonPath: string): unknown {
  if (jsonPath === "$") return value;
  if (!jsonPath.startsWith("$.")) throw new Error(`unsupported path ${jsonPath}`);
  let current: unknown = value;
  for (const key of jsonPath.slice(2).split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** When the first Wait of an execution ends, in epoch ms (`startedAt` if the machine does not start with a Wait). */
export function dueTimeOf(def: LocalDefinition, input: unknown, startedAt: number): number {
  const w = def.firstWait;
  if (!w) return startedAt;
  if (w.timestampPath || w.timestamp) {
    const ts = w.timestampPath ? readPath(input, w.timestampPath) : w.timestamp;
    const ms = typeof ts === "string" ? Date.parse(ts) : Number.NaN;
    if (Number.isNaN(ms)) throw new InvalidTimestampError(`${w.timestampPath ?? "Timestamp"} is not an ISO timestamp`);
    return ms;
  }
  const seconds = w.secondsPath ? Number(readPath(input, w.secondsPath)) : (w.seconds ?? 0);
  return startedAt + seconds * 1000;
}

export class InvalidTimestampError extends Error {
  override name = "InvalidTimestampError";
}
