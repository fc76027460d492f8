/**
 * Service 6: taking the test (one question at a time, each answer saved at once, the server's
 * time left counting down) and, once finished, the result with the wrong answers and the certificate.
 */
import type { AttemptView } from "@exidmet/core/trial-tests/views";
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, api, request } from "../../api/client";
import { pick, useI18n, useTexts } from "../../i18n";
import type { PageProps } from "../../lib/pages";
import { href } from "../../lib/router";
import { useApi } from "../../lib/useApi";
import { Button, ButtonGroup, ButtonLink, LoadError, Loading, Notice, Page, SummaryList, Table } from "../../ui";
import { texts } from "./texts";
import { minutesLeft } from "./time";
import "./trial-tests.css";

const letters = ["A", "B", "C", "D"];

function Result({ attempt }: { attempt: AttemptView }) {
  const tx = useTexts(texts);
  const { lang } = useI18n();
  const [downloadError, setDownloadError] = useState<string>();
  const r = attempt.result!;
  const wrong = attempt.review!.filter((q) => q.chosen !== q.rightOption);
  const download = async () => {
    try {
      const { url } = await request<{ url: string }>("GET", attempt.certificate!.downloadPath, { auth: true });
      window.location.assign(url);
    } catch (e) {
      setDownloadError(e instanceof ApiError ? pick(e.text, lang) : String(e));
    }
  };
  return (
    <>
      <Notice tone="success" title={`${tx.total}: ${r.right} / ${r.total} (${r.percent}%)`}>
        {attempt.finishedBy === "timer" ? <p>{tx.finishedByTimer}</p> : null}
      </Notice>
      <h2 class="section-title">{tx.byTopic}</h2>
      <Table
        caption={tx.byTopic}
        captionHidden
        columns={[
          { header: tx.topic, cell: (t) => pick(t.name, lang) },
          { header: tx.right, cell: (t) => `${t.right} / ${t.total}`, numeric: true },
        ]}
        rows={r.byTopic}
        rowKey={(t) => t.topic}
      />
      <h2 class="section-title">{tx.certificate}</h2>
      {attempt.certificate ? (
        <>
          <p>{tx.certificateText}</p>
          <SummaryList rows={[[tx.code, <code>{attempt.certificate.code}</code>]]} />
          <ButtonGroup>
            <Button onClick={download}>{tx.download}</Button>
            <ButtonLink variant="secondary" href={href(attempt.certificate.verifyPath)}>
              {tx.verify}
            </ButtonLink>
          </ButtonGroup>
          {downloadError ? <p class="field__error">{downloadError}</p> : null}
        </>
      ) : (
        <p role="status">{tx.certificatePending}</p>
      )}
      <h2 class="section-title">{tx.wrongTitle}</h2>
      {wrong.length === 0 ? <p>{tx.noWrong}</p> : null}
      <ol class="review">
        {wrong.map((q) => (
          <li key={q.index} class="panel review__item">
            <p>
              <strong>{tx.question(q.index + 1, attempt.questions.length)}.</strong> {q.text}
            </p>
            <p>
              {tx.yourAnswer}: {q.chosen === null ? <em>{tx.noAnswer}</em> : `${letters[q.chosen]}) ${q.options[q.chosen]}`}
            </p>
            <p>
              <strong>
                {tx.rightAnswer}: {letters[q.rightOption]}) {q.options[q.rightOption]}
              </strong>
            </p>
          </li>
        ))}
      </ol>
      <p>
        <a href={href("/trial-tests")}>{tx.backToService}</a>
      </p>
    </>
  );
}

function Test({ attempt, onFinished }: { attempt: AttemptView; onFinished: (a: AttemptView) => void }) {
  const tx = useTexts(texts);
  const { lang } = useI18n();
  const n = attempt.questions.length;
  const firstOpen = attempt.questions.findIndex((q) => attempt.answers[String(q.index)] === undefined);
  const [current, setCurrent] = useState(firstOpen < 0 ? 0 : firstOpen);
  const [answers, setAnswers] = useState<Record<string, number>>(attempt.answers);
  const [saving, setSaving] = useState<"idle" | "saving" | "saved">("idle");
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const deadline = useRef(Date.now() + attempt.secondsLeft * 1000);
  const [left, setLeft] = useState(attempt.secondsLeft);
  const heading = useRef<HTMLHeadingElement>(null);

  const finish = async () => {
    setFinishing(true);
    setError(undefined);
    try {
      onFinished(await api.post<AttemptView>(`/me/trial-tests/${attempt.id}/finish`, {}));
    } catch (e) {
      setFinishing(false);
      setError(e instanceof ApiError ? pick(e.text, lang) : String(e));
    }
  };

  useEffect(() => {
    const timer = window.setInterval(() => {
      const s = Math.max(0, Math.round((deadline.current - Date.now()) / 1000));
      setLeft(s);
      if (s === 0) {
        window.clearInterval(timer);
        // The server finishes it at endsAt; reading it past the end returns the result.
        window.setTimeout(() => request<AttemptView>("GET", `/me/trial-tests/${attempt.id}`, { auth: true }).then(onFinished, () => undefined), 1500);
      }
    }, 1000);
    return () => window.clearInterval(timer);
  }, [attempt.id]);

  const go = (i: number) => {
    setCurrent(i);
    setSaving("idle");
    window.setTimeout(() => heading.current?.focus(), 0);
  };

  const choose = async (index: number, choice: number) => {
    setAnswers((a) => ({ ...a, [String(index)]: choice }));
    setSaving("saving");
    setError(undefined);
    try {
      const saved = await api.put<{ secondsLeft: number }>(`/me/trial-tests/${attempt.id}/answers/${index}`, { choice });
      deadline.current = Date.now() + saved.secondsLeft * 1000;
      setSaving("saved");
    } catch (e) {
      setSaving("idle");
      setError(e instanceof ApiError ? pick(e.text, lang) : String(e));
    }
  };

  const q = attempt.questions[current]!;
  const answeredCount = Object.keys(answers).length;
  const name = `q-${q.index}`;
  return (
    <>
      <div class="trial-bar panel" role="group" aria-label={tx.timeLeft}>
        <p class="trial-bar__time">
          {tx.timeLeft}: <strong role="timer" aria-live="off">{minutesLeft(left)}</strong>
        </p>
        <p class="trial-bar__count">{tx.answered(answeredCount, n)}</p>
      </div>
      {left === 0 ? <Notice tone="warning" title={tx.timeUp} /> : null}
      {error ? (
        <div class="notice notice--warning" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <fieldset class="fieldset fieldset--box trial-question">
        <legend class="fieldset__legend fieldset__legend--m">
          <span class="muted" ref={heading} tabIndex={-1}>
            {tx.question(current + 1, n)}
          </span>
          <br />
          {q.text}
        </legend>
        <div class="choices">
          {q.options.map((o, i) => (
            <div class="choice" key={`${q.index}-${i}`}>
              <input class="choice__input" type="radio" id={`${name}-${i}`} name={name} checked={answers[String(q.index)] === i} disabled={left === 0} onChange={() => choose(q.index, i)} />
              <label class="choice__label" for={`${name}-${i}`}>
                {letters[i]}) {o}
              </label>
            </div>
          ))}
        </div>
        <p class="muted" role="status">
          {saving === "saving" ? tx.saving : saving === "saved" ? tx.saved : ""}
        </p>
      </fieldset>
      <ButtonGroup>
        {current > 0 ? (
          <Button variant="secondary" onClick={() => go(current - 1)}>
            {tx.prev}
          </Button>
        ) : null}
        {current < n - 1 ? <Button onClick={() => go(current + 1)}>{tx.next}</Button> : null}
      </ButtonGroup>
      <nav aria-label={tx.navTitle}>
        <ol class="trial-nav">
          {attempt.questions.map((x, i) => {
            const done = answers[String(x.index)] !== undefined;
            return (
              <li key={x.index}>
                <button type="button" class={`trial-nav__item${done ? " trial-nav__item--done" : ""}`} aria-current={i === current ? "step" : undefined} aria-label={tx.goTo(i + 1, done)} onClick={() => go(i)}>
                  {i + 1}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      {confirming ? (
        <Notice tone="warning" title={tx.confirmFinish(n - answeredCount)}>
          <ButtonGroup>
            <Button variant="warning" busy={finishing} busyLabel={tx.finishing} onClick={finish}>
              {tx.confirmYes}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {tx.confirmNo}
            </Button>
          </ButtonGroup>
        </Notice>
      ) : (
        <ButtonGroup>
          <Button variant="warning" onClick={() => setConfirming(true)}>
            {tx.finish}
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}

export default function Attempt({ params }: PageProps) {
  const tx = useTexts(texts);
  const { lang } = useI18n();
  const loaded = useApi<AttemptView>(`/me/trial-tests/${encodeURIComponent(params.id ?? "")}`, true);
  const [finished, setFinished] = useState<AttemptView>();
  const attempt = finished ?? loaded.data;
  const done = attempt?.status === "finished";
  const pending = done && !!attempt?.certificatePending;
  // The certificate follows the finish within seconds (the deadline function renders it): look again until it is there.
  useEffect(() => {
    if (!pending || !attempt) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      if (++tries > 30) return window.clearInterval(timer);
      request<AttemptView>("GET", `/me/trial-tests/${attempt.id}`, { auth: true }).then((a) => {
        if (!a.certificatePending) setFinished(a);
      }, () => undefined);
    }, 2000);
    return () => window.clearInterval(timer);
  }, [pending, attempt?.id]);
  return (
    <Page title={done ? tx.resultTitle : tx.title} caption={attempt ? `${tx.number}: ${attempt.number}` : tx.serviceName} back={{ href: href("/trial-tests"), label: tx.backToService }}>
      {loaded.loading && !attempt ? <Loading /> : null}
      {loaded.error ? <LoadError message={pick(loaded.error.text, lang)} onRetry={loaded.reload} /> : null}
      {attempt ? done ? <Result attempt={attempt} /> : <Test attempt={attempt} onFinished={(a) => (a.status === "finished" ? setFinished(a) : loaded.reload())} /> : null}
    </Page>
  );
}
