/**
 * Citizens' uploads for every service: a presigned POST straight to S3 under `pending/`, then a
 * confirmation where the server reads the object's first bytes and decides its real type. A file
 * that is too big, of another type, or missing is deleted and refused with the reason; a good one is
 * copied out of `pending/` (which expires) and becomes attachable to the owner's cases.
 */
import type { Needs } from "../context.js";
import { errors } from "../errors.js";
import { uploadsBucket } from "../infra/resources.js";
import { ConditionFailed, type StoredRecord } from "../ports/store.js";
import { newId } from "../records/ids.js";
import { parseOrThrow } from "../validation/parse.js";
import { ruleIssue } from "../validation/messages.js";
import {
  type AllowedFileType,
  detectFileType,
  SIGNATURE_BYTES,
  type UploadedFile,
  type UploadPurpose,
  uploadPurposes,
  uploadRequestSchema,
} from "./file-types.js";

export interface UploadRecord extends StoredRecord {
  type: "upload";
  uploadId: string;
  ownerSub: string;
  purpose: UploadPurpose;
  fileName: string;
  declaredType: AllowedFileType;
  status: "pending" | "verified" | "rejected";
  pendingKey: string;
  key?: string;
  contentType?: AllowedFileType;
  size?: number;
  createdAt: string;
}

const uploadKey = (uploadId: string) => ({ pk: `UPLOAD#${uploadId}`, sk: "UPLOAD" });

/** Step 1: the browser gets a presigned POST for one file. */
export async function startUpload(ctx: Needs<"store" | "files" | "clock">, ownerSub: string, raw: unknown) {
  const input = parseOrThrow(uploadRequestSchema, raw);
  const uploadId = newId();
  const pendingKey = `${uploadsBucket.pendingPrefix}${input.purpose}/${uploadId}`;
  const record: UploadRecord = {
    ...uploadKey(uploadId),
    type: "upload",
    version: 1,
    uploadId,
    ownerSub,
    purpose: input.purpose,
    fileName: input.fileName,
    declaredType: input.contentType,
    status: "pending",
    pendingKey,
    createdAt: ctx.clock.now().toISOString(),
    // An upload never confirmed disappears with its object.
    expiresAt: Math.floor(ctx.clock.now().getTime() / 1000) + uploadsBucket.abandonedUploadDays * 86400,
  };
  await ctx.store.transact([{ op: "put", record, condition: { kind: "notExists" } }]);
  const presigned = await ctx.files.presignUpload(pendingKey, input.contentType, uploadPurposes[input.purpose].maxBytes);
  return { uploadId, upload: { url: presigned.url, fields: presigned.fields }, maxBytes: presigned.maxBytes };
}

const describe = (r: UploadRecord): UploadedFile => ({ uploadId: r.uploadId, fileName: r.fileName, contentType: r.contentType!, size: r.size!, key: r.key! });

async function ownUpload(ctx: Needs<"store">, ownerSub: string, uploadId: string): Promise<UploadRecord> {
  const record = await ctx.store.get<UploadRecord>(uploadKey(uploadId));
  // Someone else's upload is "not found": its existence must not leak.
  if (!record || record.ownerSub !== ownerSub) throw errors.notFound({ az: "Yüklənmiş fayl", en: "The uploaded file" });
  return record;
}

/** Step 2: after the browser's POST, the server checks the object's size and bytes. Idempotent. */
export async function confirmUpload(ctx: Needs<"store" | "files" | "clock">, ownerSub: string, uploadId: string): Promise<UploadedFile> {
  const record = await ownUpload(ctx, ownerSub, uploadId);
  if (record.status === "verified") return describe(record);
  if (record.status === "rejected") throw errors.validation([ruleIssue("file", "upload.contentMismatch")]);

  const object = await ctx.files.head(record.pendingKey, SIGNATURE_BYTES);
  if (!object) throw errors.validation([ruleIssue("file", "upload.notReceived")]);
  const max = uploadPurposes[record.purpose].maxBytes;
  const detected = detectFileType(object.firstBytes);
  const refusal = object.size === 0 ? "upload.empty" : object.size > max ? "upload.tooBig" : !detected ? "upload.contentMismatch" : undefined;
  if (refusal) {
    await ctx.files.delete(record.pendingKey);
    await saveStatus(ctx, record, { status: "rejected" });
    throw errors.validation([ruleIssue("file", refusal)]);
  }
  const key = `files/${record.purpose}/${uploadId}.${detected === "application/pdf" ? "pdf" : detected === "image/png" ? "png" : "jpg"}`;
  await ctx.files.copy(record.pendingKey, key);
  await ctx.files.delete(record.pendingKey);
  const verified = await saveStatus(ctx, record, { status: "verified", key, contentType: detected, size: object.size, expiresAt: undefined });
  return describe(verified);
}

async function saveStatus(ctx: Needs<"store">, record: UploadRecord, change: Partial<UploadRecord>): Promise<UploadRecord> {
  const next = { ...record, ...change, version: record.version + 1 } as UploadRecord;
  if (next.expiresAt === undefined) delete next.expiresAt;
  try {
    await ctx.store.transact([{ op: "put", record: next, condition: { kind: "versionIs", version: record.version } }]);
    return next;
  } catch (e) {
    // A parallel confirmation got there first: its result stands.
    if (e instanceof ConditionFailed) return (await ctx.store.get<UploadRecord>(uploadKey(record.uploadId))) ?? next;
    throw e;
  }
}

/**
 * For a use case that attaches files to a case: the owner's checked uploads of that purpose, in the
 * order given, or a 400 naming the first one that is not usable (path `${field}.${i}`).
 */
export async function verifiedUploads(ctx: Needs<"store">, ownerSub: string, purpose: UploadPurpose, uploadIds: readonly string[], field = "uploads"): Promise<UploadedFile[]> {
  if (uploadIds.length === 0) return [];
  const records = await ctx.store.getMany<UploadRecord>(uploadIds.map(uploadKey));
  return uploadIds.map((id, i) => {
    const r = records.find((x) => x.uploadId === id);
    if (!r || r.ownerSub !== ownerSub || r.purpose !== purpose) throw errors.validation([ruleIssue(`${field}.${i}`, "upload.unknown")]);
    if (r.status !== "verified") throw errors.validation([ruleIssue(`${field}.${i}`, r.status === "pending" ? "upload.notReceived" : "upload.contentMismatch")]);
    return describe(r);
  });
}

/** A short-lived link for whoever may see the case (officials, the owner); the caller authorizes. */
export const downloadLink = (ctx: Needs<"files">, file: UploadedFile, seconds = 300) => ctx.files.presignDownload(file.key, seconds, file.fileName);
