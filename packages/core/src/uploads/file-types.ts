/**
 * What may be uploaded, shared by the browser (to refuse early) and the server (which decides, from
 * the file's own bytes after upload: the declared type and the name are only hints).
 * Browser-safe: no node imports.
 */
import * as z from "zod";
import { defineRuleMessages } from "../validation/messages.js";

export const allowedFileTypes = {
  "application/pdf": { extension: "pdf", label: "PDF" },
  "image/jpeg": { extension: "jpg", label: "JPEG" },
  "image/png": { extension: "png", label: "PNG" },
} as const;
export type AllowedFileType = keyof typeof allowedFileTypes;
export const allowedFileTypeList = Object.keys(allowedFileTypes) as AllowedFileType[];

/** Each purpose: who uploads it and the size limit (bytes). */
export const uploadPurposes = {
  /** Scanned labour book pages (services 3 and 5). */
  "labour-book": { maxBytes: 10 * 1024 * 1024 },
  /** Evidence attached to an ethics complaint (service 7). */
  "ethics-evidence": { maxBytes: 10 * 1024 * 1024 },
} as const;
export type UploadPurpose = keyof typeof uploadPurposes;

/** How many bytes the server reads to recognise a type. */
export const SIGNATURE_BYTES = 16;

/** The real type of a file from its first bytes (magic numbers), or undefined if it is none of ours. */
export function detectFileType(bytes: Uint8Array): AllowedFileType | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  return undefined;
}

export const formatMegabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export const uploadRules = defineRuleMessages({
  "upload.type": { az: "Yalnız PDF, JPEG və ya PNG faylı yükləmək olar.", en: "Only PDF, JPEG or PNG files can be uploaded." },
  "upload.empty": { az: "Fayl boşdur.", en: "The file is empty." },
  "upload.tooBig": { az: "Faylın həcmi icazə veriləndən böyükdür (10 MB-a qədər).", en: "The file is larger than allowed (up to 10 MB)." },
  "upload.notReceived": { az: "Fayl yüklənməyib; yenidən yükləyin.", en: "The file has not arrived; upload it again." },
  "upload.contentMismatch": {
    az: "Faylın məzmunu PDF, JPEG və ya PNG deyil; fayl silindi.",
    en: "The file's content is not PDF, JPEG or PNG; the file was deleted.",
  },
  "upload.unknown": { az: "Belə yüklənmiş fayl yoxdur.", en: "There is no such uploaded file." },
});

export const uploadRequestSchema = z
  .object({
    purpose: z.enum(Object.keys(uploadPurposes) as [UploadPurpose, ...UploadPurpose[]]),
    fileName: z.string().trim().min(1).max(200),
    contentType: z.enum(allowedFileTypeList as [AllowedFileType, ...AllowedFileType[]], { error: uploadRules["upload.type"] }),
    size: z.number().int().min(1, { error: uploadRules["upload.empty"] }),
  })
  .strict()
  .superRefine((v, ctx) => {
    const max = uploadPurposes[v.purpose].maxBytes;
    if (v.size > max) ctx.addIssue({ code: "custom", path: ["size"], message: uploadRules["upload.tooBig"] });
  });
export type UploadRequest = z.infer<typeof uploadRequestSchema>;

/** What a case stores of a checked upload. */
export interface UploadedFile {
  uploadId: string;
  fileName: string;
  contentType: AllowedFileType;
  size: number;
  key: string;
}
