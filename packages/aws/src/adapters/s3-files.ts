import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { FileStorage, PresignedUpload } from "@exidmet/core";
import { s3Client } from "./clients.js";

/** Private uploads bucket. Presigned-POST conditions are not enforced by every emulator, so use cases check objects after upload too. */
export class S3Files implements FileStorage {
  constructor(private readonly bucket = process.env.BUCKET_NAME ?? "") {}

  async presignUpload(key: string, contentType: string, maxBytes: number): Promise<PresignedUpload> {
    const { url, fields } = await createPresignedPost(s3Client(), {
      Bucket: this.bucket,
      Key: key,
      Conditions: [["content-length-range", 1, maxBytes], ["eq", "$Content-Type", contentType]],
      Fields: { "Content-Type": contentType },
      Expires: 600,
    });
    return { url, fields, key, maxBytes };
  }

  async head(key: string, bytes: number): Promise<{ size: number; firstBytes: Uint8Array } | undefined> {
    try {
      const head = await s3Client().send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      const size = head.ContentLength ?? 0;
      if (size === 0) return { size, firstBytes: new Uint8Array() };
      const obj = await s3Client().send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${bytes - 1}` }));
      return { size, firstBytes: await obj.Body!.transformToByteArray() };
    } catch (err) {
      const name = (err as { name?: string }).name;
      if (name === "NotFound" || name === "NoSuchKey") return undefined;
      throw err;
    }
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    await s3Client().send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      const obj = await s3Client().send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return await obj.Body!.transformToByteArray();
    } catch (err) {
      if ((err as { name?: string }).name === "NoSuchKey") return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await s3Client().send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async copy(fromKey: string, toKey: string): Promise<void> {
    await s3Client().send(new CopyObjectCommand({ Bucket: this.bucket, Key: toKey, CopySource: `${this.bucket}/${fromKey}` }));
  }

  async presignDownload(key: string, seconds: number, fileName?: string): Promise<string> {
    return getSignedUrl(
      s3Client(),
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        ...(fileName ? { ResponseContentDisposition: `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"` } : {}),
      }),
      { expiresIn: seconds },
    );
  }
}

let files: S3Files | undefined;
export const s3Files = () => (files ??= new S3Files());
