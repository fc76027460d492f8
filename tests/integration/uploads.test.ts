import { HeadObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import { api, localCloud, testFiles, uploadFile } from "../setup/local-cloud.js";
import { citizenToken } from "./fixtures.js";

const s3 = () => {
  const { env } = localCloud();
  return new S3Client({
    endpoint: env.AWS_ENDPOINT_URL_S3,
    forcePathStyle: true,
    region: env.AWS_REGION,
    credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! },
  });
};
const keysUnder = async (prefix: string) =>
  ((await s3().send(new ListObjectsV2Command({ Bucket: localCloud().env.BUCKET_NAME, Prefix: prefix }))).Contents ?? []).map((o) => o.Key!);

describe("uploads through the presigned POST (local S3) and the server-side check", () => {
  it("a real PDF is accepted and moved out of pending/", async () => {
    const token = await citizenToken(0);
    const res = await uploadFile(token, { purpose: "labour-book", fileName: "emek-kitabcasi.pdf", contentType: "application/pdf", bytes: testFiles.pdf() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ uploadId: res.uploadId, contentType: "application/pdf", fileName: "emek-kitabcasi.pdf" });
    expect(await keysUnder(`pending/labour-book/${res.uploadId}`)).toEqual([]);
    expect((await keysUnder(`files/labour-book/${res.uploadId}`)).length).toBe(1);
  });

  it("a file that only claims to be a PDF is deleted and refused with the reason in both languages", async () => {
    const token = await citizenToken(0);
    const res = await uploadFile(token, { purpose: "ethics-evidence", fileName: "sübut.pdf", contentType: "application/pdf", bytes: testFiles.fakePdf() });
    expect(res.status).toBe(400);
    const issue = (res.body as { error: { issues: { code: string; az: string; en: string }[] } }).error.issues[0];
    expect(issue.code).toBe("upload.contentMismatch");
    expect(issue.az).toContain("PDF, JPEG və ya PNG deyil");
    expect(await keysUnder(`pending/ethics-evidence/${res.uploadId}`)).toEqual([]);
    await expect(s3().send(new HeadObjectCommand({ Bucket: localCloud().env.BUCKET_NAME, Key: `files/ethics-evidence/${res.uploadId}.pdf` }))).rejects.toThrow();
  });

  it("wrong declared types and sizes are refused before any upload; others' uploads are not found; no token is 401", async () => {
    const token = await citizenToken(0);
    const exe = await api("POST", "/me/uploads", { token, body: { purpose: "labour-book", fileName: "a.exe", contentType: "application/x-msdownload", size: 10 } });
    expect(exe.status).toBe(400);
    const big = await api("POST", "/me/uploads", { token, body: { purpose: "labour-book", fileName: "a.pdf", contentType: "application/pdf", size: 50 * 1024 * 1024 } });
    expect(big.status).toBe(400);
    const mine = await uploadFile(token, { purpose: "labour-book", fileName: "p.png", contentType: "image/png", bytes: testFiles.png() });
    expect(mine.status).toBe(200);
    const other = await citizenToken(1);
    expect((await api("POST", `/me/uploads/${mine.uploadId}/confirm`, { token: other, body: {} })).status).toBe(404);
    expect((await api("POST", "/me/uploads", { body: {} })).status).toBe(401);
  });
});
