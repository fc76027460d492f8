/**
 * Hostile uploads, through the local gateway and the local S3: disguised types, wrong magic bytes,
 * oversize after a small declared size, zero bytes, many files, keys chosen by the client, another
 * person's upload. Every refusal names its reason; every refused object is deleted; only the keys
 * the server generated are ever read or attached. (s3rver does not enforce the presigned POST's
 * conditions, so these tests also prove the server-side check does not rely on them; the policy
 * itself is checked to carry the key and size conditions real S3 enforces.)
 */
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { verifiedUploads } from "@exidmet/core/uploads/uploads";
import { beforeAll, describe, expect, it } from "vitest";
import { MemoryStore } from "../../packages/core/test/memory-store.js";
import { api, localCloud, signInAs, testFiles } from "../setup/local-cloud.js";
import { awsConfig, newCitizen, recordFigures } from "./support.js";

const s3 = () => new S3Client({ endpoint: localCloud().env.AWS_ENDPOINT_URL_S3, forcePathStyle: true, ...awsConfig(localCloud().env) });
const keysUnder = async (prefix: string) => ((await s3().send(new ListObjectsV2Command({ Bucket: localCloud().env.BUCKET_NAME, Prefix: prefix }))).Contents ?? []).map((o) => o.Key!);

type Started = { uploadId: string; upload: { url: string; fields: Record<string, string> } };
async function start(token: string, declared: { fileName: string; contentType: string; size: number }, purpose = "labour-book") {
  const res = await api("POST", "/me/uploads", { token, body: { purpose, ...declared } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Started;
}
async function post(s: Started, bytes: Uint8Array, contentType: string, override: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ ...s.upload.fields, ...override })) form.append(k, v);
  form.append("file", new Blob([bytes as Uint8Array<ArrayBuffer>], { type: contentType }), "f");
  return fetch(s.upload.url, { method: "POST", body: form });
}
const confirm = (token: string, id: string) => api("POST", `/me/uploads/${id}/confirm`, { token, body: {} });
const issueCode = (body: unknown) => (body as { error: { issues?: { code: string }[] } }).error.issues?.[0]?.code;

let token: string;
let cases = 0;
beforeAll(async () => {
  const c = await newCitizen("sec-upl");
  token = await signInAs("citizens", c.email, c.password);
});

describe("hostile uploads", () => {
  const refusedAndDeleted = async (declared: { fileName: string; contentType: string }, bytes: Uint8Array, code: string) => {
    cases++;
    const s = await start(token, { ...declared, size: Math.max(1, bytes.length) });
    expect((await post(s, bytes, declared.contentType)).ok).toBe(true);
    const res = await confirm(token, s.uploadId);
    expect(res.status).toBe(400);
    expect(issueCode(res.body)).toBe(code);
    expect(await keysUnder(`pending/labour-book/${s.uploadId}`)).toEqual([]);
    expect(await keysUnder(`files/labour-book/${s.uploadId}`)).toEqual([]);
    // A second confirmation stays refused (the verdict is recorded, not re-decided).
    expect((await confirm(token, s.uploadId)).status).toBe(400);
  };

  it("an HTML page or an executable named .pdf is refused and deleted", async () => {
    await refusedAndDeleted({ fileName: "cv.pdf", contentType: "application/pdf" }, new TextEncoder().encode("<html><script>alert(1)</script></html>"), "upload.contentMismatch");
    await refusedAndDeleted({ fileName: "scan.png", contentType: "image/png" }, testFiles.fakePdf(), "upload.contentMismatch");
  });

  it("wrong magic bytes (GIF, ZIP, a PDF signature shifted by one byte) are refused and deleted", async () => {
    await refusedAndDeleted({ fileName: "a.png", contentType: "image/png" }, new TextEncoder().encode("GIF89a......"), "upload.contentMismatch");
    await refusedAndDeleted({ fileName: "a.pdf", contentType: "application/pdf" }, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "upload.contentMismatch");
    await refusedAndDeleted({ fileName: "a.pdf", contentType: "application/pdf" }, new TextEncoder().encode(" %PDF-1.4 shifted"), "upload.contentMismatch");
  });

  it("zero bytes are refused (declared, and actually uploaded)", async () => {
    const declared = await api("POST", "/me/uploads", { token, body: { purpose: "labour-book", fileName: "e.pdf", contentType: "application/pdf", size: 0 } });
    expect(declared.status).toBe(400);
    await refusedAndDeleted({ fileName: "e.pdf", contentType: "application/pdf" }, new Uint8Array(), "upload.empty");
  });

  it("a file larger than allowed, though declared small, is refused after upload and deleted", async () => {
    cases++;
    const s = await start(token, { fileName: "big.pdf", contentType: "application/pdf", size: 1000 });
    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set(testFiles.pdf());
    await post(s, big, "application/pdf");
    const res = await confirm(token, s.uploadId);
    expect(res.status).toBe(400);
    expect(issueCode(res.body)).toBe("upload.tooBig");
    expect(await keysUnder(`pending/labour-book/${s.uploadId}`)).toEqual([]);
  });

  it("only server-generated keys: a key in the request is refused; the presigned policy pins the key and size; a file posted under another key is never read", async () => {
    cases++;
    const chosen = await api("POST", "/me/uploads", { token, body: { purpose: "labour-book", fileName: "a.pdf", contentType: "application/pdf", size: 10, key: "files/labour-book/mine.pdf" } });
    expect(chosen.status).toBe(400);

    const s = await start(token, { fileName: "a.pdf", contentType: "application/pdf", size: 100 });
    const policy = JSON.parse(Buffer.from(s.upload.fields.Policy ?? s.upload.fields.policy ?? "", "base64").toString()) as { conditions: unknown[] };
    const text = JSON.stringify(policy.conditions);
    expect(text).toContain(`"key":"${s.upload.fields.key}"`);
    expect(text).toContain("content-length-range");
    expect(s.upload.fields.key).toMatch(new RegExp(`^pending/labour-book/${s.uploadId}$`));

    // s3rver accepts the tampered key (real S3 refuses it by the policy); the server never looks there.
    await post(s, testFiles.pdf(), "application/pdf", { key: `files/labour-book/${s.uploadId}.pdf` });
    const res = await confirm(token, s.uploadId);
    expect(res.status).toBe(400);
    expect(issueCode(res.body)).toBe("upload.notReceived");
  });

  it("another person's upload: not found to confirm, and refused when attached to a request", async () => {
    cases++;
    const other = await newCitizen("sec-upl-b");
    const otherToken = await signInAs("citizens", other.email, other.password);
    const s = await start(token, { fileName: "a.pdf", contentType: "application/pdf", size: testFiles.pdf().length });
    await post(s, testFiles.pdf(), "application/pdf");
    expect((await confirm(otherToken, s.uploadId)).status).toBe(404);
    expect((await confirm(token, s.uploadId)).status).toBe(200);
    // Every service attaches uploads through verifiedUploads, which checks the owner.
    const store = new MemoryStore();
    await store.transact([{ op: "put", record: { pk: `UPLOAD#${s.uploadId}`, sk: "UPLOAD", type: "upload", version: 2, uploadId: s.uploadId, ownerSub: "owner-a", purpose: "labour-book", status: "verified", key: "k", fileName: "a.pdf", contentType: "application/pdf", size: 10 } }]);
    await expect(verifiedUploads({ store }, "someone-else", "labour-book", [s.uploadId])).rejects.toMatchObject({ status: 400, issues: [{ code: "upload.unknown", path: "uploads.0" }] });
    await expect(verifiedUploads({ store }, "owner-a", "labour-book", [s.uploadId])).resolves.toHaveLength(1);
  });

  it("many files: the per-user limit on upload starts answers 429 with Retry-After", async () => {
    const c = await newCitizen("sec-upl-many");
    const t = await signInAs("citizens", c.email, c.password);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 35; i++) {
      const res = await api("POST", "/me/uploads", { token: t, body: { purpose: "labour-book", fileName: `p${i}.pdf`, contentType: "application/pdf", size: 100 } });
      statuses.push(res.status);
      if (res.status === 429) retryAfter ??= res.headers.get("retry-after");
    }
    cases++;
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(30);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    recordFigures("uploads", { hostileUploadCases: cases, uploadStartsTried: statuses.length, refusedWith429: statuses.filter((s) => s === 429).length });
  });
});
