/**
 * Upload of one or more documents: each file goes straight to S3 with a presigned POST (progress
 * shown), then the server checks its real type from its bytes (`/me/uploads/{id}/confirm`). The
 * parent gets the checked files only. The same schema as the server refuses wrong types and sizes
 * before anything is sent.
 */
import { useRef, useState } from "preact/hooks";
import { allowedFileTypeList, uploadPurposes, uploadRequestSchema, type UploadPurpose } from "@exidmet/core/uploads/file-types";
import { toFieldIssues } from "@exidmet/core/validation/parse";
import { api, ApiError } from "../api/client";
import { useI18n, useTexts } from "../i18n";
import { ErrorMessage, fieldId, Hint } from "./Field";

export interface CheckedFile {
  uploadId: string;
  fileName: string;
  contentType: string;
  size: number;
}

interface Row {
  local: string;
  fileName: string;
  progress: number;
  state: "uploading" | "checking" | "done" | "failed";
  error?: string;
  file?: CheckedFile;
}

const texts = {
  az: {
    choose: "Fayl seçin",
    allowed: (mb: number) => `PDF, JPEG və ya PNG; hər fayl ${mb} MB-a qədər.`,
    uploading: "Yüklənir",
    checking: "Yoxlanılır…",
    done: "Yükləndi",
    remove: "Sil",
    failed: "Yüklənmədi",
    network: "Şəbəkə xətası: fayl göndərilmədi. Yenidən cəhd edin.",
  },
  en: {
    choose: "Choose files",
    allowed: (mb: number) => `PDF, JPEG or PNG; up to ${mb} MB each.`,
    uploading: "Uploading",
    checking: "Checking…",
    done: "Uploaded",
    remove: "Remove",
    failed: "Not uploaded",
    network: "Network error: the file was not sent. Try again.",
  },
};

/** S3 asks clients to retry its 500/503 answers and dropped connections: twice, after 0.5 s and 1.5 s. */
async function postToStorage(url: string, fields: Record<string, string>, file: File, onProgress: (p: number) => void): Promise<void> {
  for (const wait of [500, 1500]) {
    try {
      return await postOnce(url, fields, file, onProgress);
    } catch (e) {
      if (!/^(network|storage 5\d\d)$/.test((e as Error).message)) throw e;
      await new Promise((r) => setTimeout(r, wait));
    }
  }
  return postOnce(url, fields, file, onProgress);
}

/** POSTs the file to the presigned URL with progress (fetch has no upload progress). */
function postOnce(url: string, fields: Record<string, string>, file: File, onProgress: (p: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append("file", file);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new Error(`storage ${xhr.status}`)));
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(form);
  });
}

export function FileUpload(props: {
  name: string;
  label: string;
  purpose: UploadPurpose;
  hint?: string;
  error?: string;
  multiple?: boolean;
  onChange: (files: CheckedFile[]) => void;
}) {
  const { lang } = useI18n();
  const tx = useTexts(texts);
  const id = fieldId(props.name);
  const [rows, setRows] = useState<Row[]>([]);
  const rowsRef = useRef<Row[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const update = (local: string, change: Partial<Row>) => {
    rowsRef.current = rowsRef.current.map((r) => (r.local === local ? { ...r, ...change } : r));
    setRows(rowsRef.current);
    props.onChange(rowsRef.current.filter((r) => r.state === "done" && r.file).map((r) => r.file!));
  };

  async function send(file: File) {
    const local = `${Date.now()}-${Math.random()}`;
    rowsRef.current = [...rowsRef.current, { local, fileName: file.name, progress: 0, state: "uploading" }];
    setRows(rowsRef.current);
    const meta = { purpose: props.purpose, fileName: file.name, contentType: file.type, size: file.size };
    const parsed = uploadRequestSchema.safeParse(meta);
    if (!parsed.success) {
      const issue = toFieldIssues(parsed.error)[0];
      return update(local, { state: "failed", error: issue?.[lang] });
    }
    try {
      const started = await api.post<{ uploadId: string; upload: { url: string; fields: Record<string, string> } }>("/me/uploads", meta);
      await postToStorage(started.upload.url, started.upload.fields, file, (progress) => update(local, { progress }));
      update(local, { state: "checking", progress: 100 });
      const checked = await api.post<CheckedFile>(`/me/uploads/${encodeURIComponent(started.uploadId)}/confirm`);
      update(local, { state: "done", file: checked });
    } catch (e) {
      const error = e instanceof ApiError ? (e.issues[0]?.[lang] ?? e.text[lang]) : tx.network;
      update(local, { state: "failed", error });
    }
  }

  const remove = (local: string) => {
    rowsRef.current = rowsRef.current.filter((r) => r.local !== local);
    setRows(rowsRef.current);
    props.onChange(rowsRef.current.filter((r) => r.state === "done" && r.file).map((r) => r.file!));
  };

  const mb = Math.round(uploadPurposes[props.purpose].maxBytes / 1024 / 1024);
  return (
    <div class={`field${props.error ? " field--error" : ""}`}>
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <Hint id={id}>{props.hint ? `${props.hint} ${tx.allowed(mb)}` : tx.allowed(mb)}</Hint>
      <ErrorMessage id={id}>{props.error}</ErrorMessage>
      <input
        ref={input}
        id={id}
        class="file-input"
        type="file"
        accept={allowedFileTypeList.join(",")}
        multiple={props.multiple}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ""}`}
        onChange={(e) => {
          const files = Array.from((e.currentTarget as HTMLInputElement).files ?? []);
          for (const f of files) void send(f);
          if (input.current) input.current.value = "";
        }}
      />
      {rows.length ? (
        <ul class="upload-list" aria-live="polite">
          {rows.map((r) => (
            <li key={r.local} class={`upload-list__item upload-list__item--${r.state}`}>
              <span class="upload-list__name">{r.fileName}</span>{" "}
              {r.state === "uploading" ? (
                <>
                  <progress max={100} value={r.progress} aria-label={`${tx.uploading} ${r.fileName}`} /> {r.progress}%
                </>
              ) : r.state === "checking" ? (
                <span>{tx.checking}</span>
              ) : r.state === "done" ? (
                <span class="upload-list__ok">{tx.done}</span>
              ) : (
                <span class="field__error">
                  {tx.failed}: {r.error}
                </span>
              )}{" "}
              {r.state === "done" || r.state === "failed" ? (
                <button type="button" class="btn btn--secondary btn--small" onClick={() => remove(r.local)}>
                  {tx.remove}
                  <span class="visually-hidden"> {r.fileName}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
