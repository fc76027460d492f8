import type { FileStorage, PresignedUpload } from "../src/ports/services.js";

/** In-memory FileStorage for unit tests: `upload(key, bytes)` plays the browser's presigned POST. */
export class MemoryFiles implements FileStorage {
  readonly objects = new Map<string, { body: Uint8Array; contentType: string }>();
  async presignUpload(key: string, contentType: string, maxBytes: number): Promise<PresignedUpload> {
    return { url: `memory://upload`, fields: { key, "Content-Type": contentType }, key, maxBytes };
  }
  upload(key: string, body: Uint8Array | string, contentType = "application/octet-stream") {
    this.objects.set(key, { body: typeof body === "string" ? new TextEncoder().encode(body) : body, contentType });
  }
  async head(key: string, bytes: number) {
    const o = this.objects.get(key);
    return o ? { size: o.body.length, firstBytes: o.body.slice(0, bytes) } : undefined;
  }
  async put(key: string, body: Uint8Array, contentType: string) {
    this.objects.set(key, { body, contentType });
  }
  async get(key: string) {
    return this.objects.get(key)?.body;
  }
  async delete(key: string) {
    this.objects.delete(key);
  }
  async copy(fromKey: string, toKey: string) {
    const o = this.objects.get(fromKey);
    if (!o) throw Object.assign(new Error("NoSuchKey"), { name: "NoSuchKey" });
    this.objects.set(toKey, o);
  }
  async presignDownload(key: string, seconds: number) {
    return `memory://download/${key}?expires=${seconds}`;
  }
}

export const pdfBytes = () => new TextEncoder().encode("%PDF-1.7\n% a tiny test document\n");
export const pngBytes = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
export const jpegBytes = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
