import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../src/errors.js";
import { detectFileType, uploadRequestSchema } from "../src/uploads/file-types.js";
import { confirmUpload, startUpload, verifiedUploads } from "../src/uploads/uploads.js";
import { fixedClock, MemoryStore } from "./memory-store.js";
import { jpegBytes, MemoryFiles, pdfBytes, pngBytes } from "./memory-files.js";

const owner = "citizen-1";
let ctx: { store: MemoryStore; files: MemoryFiles; clock: ReturnType<typeof fixedClock> };
beforeEach(() => {
  ctx = { store: new MemoryStore(), files: new MemoryFiles(), clock: fixedClock("2026-11-22T08:00:00Z") };
});

const request = (over: Record<string, unknown> = {}) => ({ purpose: "labour-book", fileName: "kitabca.pdf", contentType: "application/pdf", size: 1000, ...over });
const issueOf = async (p: Promise<unknown>) => {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).issues?.[0];
};

describe("file types from bytes", () => {
  it("recognises PDF, JPEG and PNG and nothing else", () => {
    expect(detectFileType(pdfBytes())).toBe("application/pdf");
    expect(detectFileType(jpegBytes())).toBe("image/jpeg");
    expect(detectFileType(pngBytes())).toBe("image/png");
    expect(detectFileType(new TextEncoder().encode("MZ\x90\x00 an exe"))).toBeUndefined();
    expect(detectFileType(new Uint8Array())).toBeUndefined();
  });
  it("the request schema refuses other types and sizes over the limit, in both languages", () => {
    const wrongType = uploadRequestSchema.safeParse(request({ contentType: "application/x-msdownload" }));
    expect(wrongType.success).toBe(false);
    expect(uploadRequestSchema.safeParse(request({ size: 11 * 1024 * 1024 })).success).toBe(false);
    expect(uploadRequestSchema.safeParse(request()).success).toBe(true);
  });
});

describe("upload, then confirm", () => {
  it("a real PDF is accepted, leaves pending/ and can be attached by its owner only", async () => {
    const started = await startUpload(ctx, owner, request());
    const pendingKey = started.upload.fields.key;
    ctx.files.upload(pendingKey, pdfBytes());
    const file = await confirmUpload(ctx, owner, started.uploadId);
    expect(file).toMatchObject({ contentType: "application/pdf", fileName: "kitabca.pdf" });
    expect(ctx.files.objects.has(pendingKey)).toBe(false);
    expect(ctx.files.objects.has(file.key)).toBe(true);
    expect(await confirmUpload(ctx, owner, started.uploadId)).toEqual(file); // idempotent
    expect(await verifiedUploads(ctx, owner, "labour-book", [started.uploadId])).toEqual([file]);
    expect((await issueOf(verifiedUploads(ctx, "someone-else", "labour-book", [started.uploadId])))?.code).toBe("upload.unknown");
    expect((await issueOf(verifiedUploads(ctx, owner, "ethics-evidence", [started.uploadId])))?.code).toBe("upload.unknown");
  });

  it("a file whose bytes are not PDF/JPEG/PNG is deleted and refused with the reason", async () => {
    const started = await startUpload(ctx, owner, request({ fileName: "virus.pdf" }));
    ctx.files.upload(started.upload.fields.key, "MZ this is really an executable");
    const issue = await issueOf(confirmUpload(ctx, owner, started.uploadId));
    expect(issue?.code).toBe("upload.contentMismatch");
    expect(issue?.az).toMatch(/PDF, JPEG və ya PNG deyil/);
    expect(ctx.files.objects.size).toBe(0);
    expect((await issueOf(verifiedUploads(ctx, owner, "labour-book", [started.uploadId])))?.code).toBe("upload.contentMismatch");
  });

  it("a file bigger than the limit (the emulator does not enforce the POST policy) is deleted", async () => {
    const started = await startUpload(ctx, owner, request());
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdfBytes());
    ctx.files.upload(started.upload.fields.key, big);
    expect((await issueOf(confirmUpload(ctx, owner, started.uploadId)))?.code).toBe("upload.tooBig");
    expect(ctx.files.objects.size).toBe(0);
  });

  it("confirming before the file arrived says so; another citizen's upload is not found", async () => {
    const started = await startUpload(ctx, owner, request());
    expect((await issueOf(confirmUpload(ctx, owner, started.uploadId)))?.code).toBe("upload.notReceived");
    const e = await confirmUpload(ctx, "someone-else", started.uploadId).catch((x) => x);
    expect((e as AppError).status).toBe(404);
  });
});
