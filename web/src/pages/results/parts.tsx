import type { ResultView } from "@exidmet/core/results/result";
import type { ReserveRow } from "@exidmet/core/reserve/entry";
import { useCallback, useEffect, useState } from "preact/hooks";
import { ApiError, request } from "../../api/client";
import { idToken } from "../../auth/session";
import { config } from "../../config";
import { both, pick, useI18n, useTexts } from "../../i18n";
import { formatDate } from "../../lib/format";
import type { ApiState } from "../../lib/useApi";
import { Tag, type Column } from "../../ui";
import { texts } from "./texts";

export type { ResultView, ReserveRow };
export interface Paged<T> {
  items: T[];
  cursor?: string;
}

export function Position({ r }: { r: Pick<ResultView, "vacancy"> }) {
  const { lang } = useI18n();
  return (
    <>
      <strong class="block">{pick(r.vacancy.positionName, lang)}</strong>
      <span class="block muted">
        {pick(r.vacancy.stateBodyName, lang)} · {r.vacancy.positionCode}
      </span>
    </>
  );
}

export function TestCell({ r }: { r: Pick<ResultView, "test"> }) {
  const tx = useTexts(texts);
  if (!r.test) return <span class="muted">{tx.notYet}</span>;
  return (
    <>
      <Tag tone={r.test.passed ? "green" : "red"}>{r.test.passed ? tx.passed : tx.failed}</Tag>
      <span class="block">{tx.score(r.test.score, r.test.passMark)}</span>
      <span class="block muted">{formatDate(r.test.date)}</span>
    </>
  );
}

export function InterviewCell({ r }: { r: Pick<ResultView, "interview"> }) {
  const tx = useTexts(texts);
  if (!r.interview) return <span class="muted">{tx.notYet}</span>;
  return (
    <>
      <Tag tone={r.interview.outcome === "passed" ? "green" : r.interview.outcome === "absent" ? "grey" : "red"}>{tx.outcome[r.interview.outcome]}</Tag>
      <span class="block muted">{formatDate(r.interview.date)}</span>
      {r.interview.note ? (
        <span class="block">
          {tx.boardNote}: {r.interview.note}
        </span>
      ) : null}
    </>
  );
}

/** The columns both results tables begin with: the candidate, the position, the test, the interview. */
export function useResultColumns(): Column<ResultView>[] {
  const tx = useTexts(texts);
  return [
    { header: tx.col.candidate, cell: (r) => (<><strong class="block">{r.candidateName}</strong><span class="block code">{r.candidateCode}</span></>) },
    { header: tx.col.position, cell: (r) => <Position r={r} /> },
    { header: tx.col.test, cell: (r) => <TestCell r={r} /> },
    { header: tx.col.interview, cell: (r) => <InterviewCell r={r} /> },
  ];
}

export function Education({ row }: { row: Pick<ReserveRow, "education"> }) {
  const tx = useTexts(texts);
  return (
    <>
      {row.education.map((e, i) => (
        <span class="block" key={i}>
          {tx.levels[e.level] ?? e.level}: {e.specialtyCode} — {e.specialtyName}
        </span>
      ))}
    </>
  );
}

/** Downloads a file of an authenticated API route (a link cannot carry the token). */
export async function download(path: string, fileName: string) {
  const token = await idToken();
  const res = await fetch(`${config.apiUrl}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The query string of a filter form: empty values left out. */
export const queryOf = (values: Record<string, string | undefined>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values)) if (v) q.set(k, v);
  return q.toString();
};

/** At most this many pages of a competition's candidates (100 each) are read for one view. */
const MAX_PAGES = 20;

/**
 * Every admitted candidate of a competition with their results (`/officer/results`, paged by
 * cursor and read to the end here, up to MAX_PAGES), shaped like `useApi`'s state.
 */
export function useCompetitionResults(competitionId: string): ApiState<Paged<ResultView>> {
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<{ data?: Paged<ResultView>; error?: ApiError; loading: boolean }>({ loading: !!competitionId });
  useEffect(() => {
    if (!competitionId) return;
    let live = true;
    setState((s) => ({ data: s.data, loading: true }));
    (async () => {
      const items: ResultView[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await request<Paged<ResultView>>("GET", `/officer/results?${queryOf({ competitionId, limit: "100", cursor })}`, { auth: true });
        items.push(...page.items);
        cursor = page.cursor;
      } while (cursor && ++pages < MAX_PAGES && live);
      return items;
    })()
      .then((items) => live && setState({ data: { items }, loading: false }))
      .catch((e: unknown) => live && setState({ error: e instanceof ApiError ? e : new ApiError(0, "unexpected", both((d) => d.errors.unexpected)), loading: false }));
    return () => {
      live = false;
    };
  }, [competitionId, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
