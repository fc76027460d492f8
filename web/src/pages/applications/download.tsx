/** Downloads of authenticated API routes (a CSV, a certificate) with the session's token. */
import type { ComponentChildren } from "preact";
import type { Bilingual } from "@exidmet/core/errors";
import { ApiError } from "../../api/client";
import { idToken } from "../../auth/session";
import { config } from "../../config";
import { both, useI18n } from "../../i18n";
import { Button } from "../../ui";

/**
 * Downloads a file of an authenticated API route (e.g. the CSV of admitted candidates) with the
 * session's token: fetch → blob → a temporary link. Throws an ApiError with the server's reason.
 */
export async function downloadWithToken(path: string, fallbackName: string): Promise<void> {
  const token = await idToken();
  if (!token) throw new ApiError(401, "unauthorized", both((d) => d.errors.sessionExpired));
  let res: Response;
  try {
    res = await fetch(`${config.apiUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, "network", both((d) => d.errors.network));
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: Bilingual } } | undefined;
    throw new ApiError(res.status, body?.error?.code ?? `http_${res.status}`, body?.error?.message ?? both((d) => d.errors.unexpected));
  }
  const blob = await res.blob();
  const name = /filename="?([^";]+)"?/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A button that downloads through `downloadWithToken`, showing progress and a failure beside it. */
export function DownloadButton({ path, fileName, children, busy, onStart, onDone }: { path: string; fileName: string; children: ComponentChildren; busy: boolean; onStart: () => void; onDone: (error?: ApiError) => void }) {
  const { t } = useI18n();
  return (
    <Button
      variant="secondary"
      busy={busy}
      busyLabel={t.common.loading}
      onClick={async () => {
        onStart();
        try {
          await downloadWithToken(path, fileName);
          onDone();
        } catch (e) {
          onDone(e instanceof ApiError ? e : new ApiError(0, "unexpected", both((d) => d.errors.unexpected)));
        }
      }}
    >
      {children}
    </Button>
  );
}
