/**
 * Service 6's deadline kinds (joined in deadlines/registry.ts). The certificate's PDF is rendered
 * here only: the fired-deadline function is the one that carries the PDF code and the bucket.
 */
import { prepareCertificate } from "../certificates/usecases.js";
import type { DeadlineCtx, DeadlineHandler } from "../deadlines/fire.js";
import { bakuDate } from "../time/baku.js";
import { armCertificate, certificateContent, certificateWrites, completionWrites, retakeReminderOnDeadline } from "./attempts.js";
import { type AttemptRecord, attemptKey, EXPIRE_ATTEMPT, ISSUE_CERTIFICATE, RETAKE_REMINDER } from "./records.js";

async function issue(ctx: DeadlineCtx, a: AttemptRecord) {
  if (!ctx.files) throw new Error("the certificate needs the file storage");
  return prepareCertificate(
    { files: ctx.files, clock: ctx.clock, webOrigin: a.webOrigin || ctx.webOrigin || "" },
    { ownerSub: a.ownerSub, caseKey: attemptKey(a.id), content: certificateContent(a, bakuDate(new Date(a.finishedAt ?? ctx.clock.now().toISOString()))) },
  );
}

/** At an attempt's `endsAt`: finish and score it with what was answered, issue the certificate, e-mail both. */
export const expireAttemptOnDeadline: DeadlineHandler = async (ctx, deadline) => {
  const a = await ctx.store.get<AttemptRecord>(deadline.caseKey);
  if (!a || a.status === "completed") return { writes: [] };
  const done = await completionWrites(ctx, a, "timer");
  if (!ctx.files) return { writes: done.writes, arm: [armCertificate(a, ctx.clock.now())] };
  const cert = await issue(ctx, done.next);
  const withCert = certificateWrites({ ...done.next, version: a.version }, cert, ctx.clock.now());
  // One put of the attempt: the scored one with its certificate, on the version read.
  return { writes: [withCert.writes[0]!, ...done.writes.slice(1), ...withCert.writes.slice(1)] };
};

/** Right after a finish: render the certificate, attach it to the result e-mail, offer it in "My requests". */
export const issueCertificateOnDeadline: DeadlineHandler = async (ctx, deadline) => {
  const a = await ctx.store.get<AttemptRecord>(deadline.caseKey);
  if (!a || a.status !== "completed" || !a.certificatePending) return { writes: [] };
  const cert = await issue(ctx, a);
  return { writes: certificateWrites(a, cert, ctx.clock.now()).writes };
};

export const trialTestDeadlineHandlers: Record<string, DeadlineHandler> = {
  [EXPIRE_ATTEMPT]: expireAttemptOnDeadline,
  [ISSUE_CERTIFICATE]: issueCertificateOnDeadline,
  /** 09:00 Baku on the retake day, when the citizen asked: e-mail them that a retake is possible. */
  [RETAKE_REMINDER]: retakeReminderOnDeadline,
};
