// DynamoDB Local's raw rate for the same operations a route makes, issued directly with the SDK
// (the document client, as the product uses it) from its own process. argv[2]: JSON file
// {endpoint, region, connections, durationS, ops: [{operation, input}], writes: "unique"}.
// Reads are replayed as recorded; writes go to fresh keys (each "pk" gets a suffix) without their
// conditions (a replayed condition would fail). Prints {sequences, rps, p50, p99, errors}.
import fs from "node:fs";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import * as lib from "@aws-sdk/lib-dynamodb";

const cfg = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const client = lib.DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: cfg.endpoint, region: cfg.region, credentials: cfg.credentials, maxAttempts: 1 }), {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
const docCommand = {
  GetItem: lib.GetCommand, PutItem: lib.PutCommand, UpdateItem: lib.UpdateCommand, DeleteItem: lib.DeleteCommand, Query: lib.QueryCommand,
  BatchGetItem: lib.BatchGetCommand, BatchWriteItem: lib.BatchWriteCommand, TransactWriteItems: lib.TransactWriteCommand, TransactGetItems: lib.TransactGetCommand,
};
const writes = new Set(["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"]);

function unconditioned(x) {
  if (!x || typeof x !== "object") return x;
  const out = { ...x };
  delete out.ConditionExpression;
  const used = [out.UpdateExpression, out.KeyConditionExpression, out.FilterExpression, out.ProjectionExpression].filter(Boolean).join(" ");
  if (out.ExpressionAttributeNames) {
    out.ExpressionAttributeNames = Object.fromEntries(Object.entries(out.ExpressionAttributeNames).filter(([k]) => used.includes(k)));
    if (!Object.keys(out.ExpressionAttributeNames).length) delete out.ExpressionAttributeNames;
  }
  if (out.ExpressionAttributeValues) {
    out.ExpressionAttributeValues = Object.fromEntries(Object.entries(out.ExpressionAttributeValues).filter(([k]) => used.includes(k)));
    if (!Object.keys(out.ExpressionAttributeValues).length) delete out.ExpressionAttributeValues;
  }
  return out;
}

function rekey(v, suffix) {
  if (Array.isArray(v)) return v.map((x) => rekey(x, suffix));
  if (v && typeof v === "object" && !(v instanceof Set)) {
    const out = {};
    for (const [k, x] of Object.entries(v)) out[k] = k === "pk" && typeof x === "string" ? `${x}#raw${suffix}` : rekey(x, suffix);
    return out;
  }
  return v;
}

function writeInput(op, input, suffix) {
  const i = rekey(input, suffix);
  if (op === "TransactWriteItems") {
    const items = i.TransactItems.filter((t) => !t.ConditionCheck).map((t) => Object.fromEntries(Object.entries(t).map(([k, x]) => [k, unconditioned(x)])));
    return { ...i, TransactItems: items };
  }
  return unconditioned(i);
}

const ops = cfg.ops.filter((o) => docCommand[o.operation]);
let n = 0;
let errors = 0;
const lat = [];
const errorNames = {};
const end = Date.now() + cfg.durationS * 1000;
async function worker(w) {
  while (Date.now() < end) {
    const suffix = `${process.pid}-${w}-${n++}`;
    const t = performance.now();
    try {
      for (const o of ops) {
        const input = writes.has(o.operation) ? writeInput(o.operation, o.input, suffix) : o.input;
        if (o.operation === "TransactWriteItems" && input.TransactItems.length === 0) continue;
        await client.send(new docCommand[o.operation](input));
      }
      lat.push(performance.now() - t);
    } catch (e) {
      errors++;
      errorNames[e?.name ?? "Error"] = (errorNames[e?.name ?? "Error"] ?? 0) + 1;
    }
  }
}
const started = Date.now();
await Promise.all(Array.from({ length: cfg.connections }, (_, w) => worker(w)));
lat.sort((a, b) => a - b);
const pct = (p) => lat[Math.min(lat.length - 1, Math.max(0, Math.ceil((p / 100) * lat.length) - 1))];
process.stdout.write(JSON.stringify({ sequences: lat.length, rps: lat.length / ((Date.now() - started) / 1000), p50: pct(50), p99: pct(99), errors, errorNames, ops: ops.map((o) => o.operation) }) + "\n");
