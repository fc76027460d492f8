/**
 * Service 5, the citizen's side: the calculation (public, nothing stored), the request for the
 * certificate (registered and e-mailed at once; terms armed), the re-application after a deficiency
 * notice, and the citizen's own request.
 */
import type { Needs } from "../context.js";
import { startTimers } from "../deadlines/fire.js";
import { errors, type FieldIssue } from "../errors.js";
import { decisionTerm, deficiencyNoticeTerm, type Term } from "../legal/appeal-terms.js";
import { commitAndDeliver, deliverNow, enqueueEmail } from "../notifications/outbox.js";
import type { Principal } from "../principal.js";
import { ConditionFailed, type Write } from "../ports/store.js";
import { ownerIndex } from "../records/history.js";
import { requestNumber, stableHash } from "../records/ids.js";
import { bakuDate } from "../time/baku.js";
import { verifiedUploads } from "../uploads/uploads.js";
import { ruleIssue } from "../validation/messages.js";
import { parseOrThrow } from "../validation/parse.js";
import { bracketsOn } from "./brackets.js";
import { computeSeniority } from "./compute.js";
import { armTerm, loadDeadlines } from "./deadlines.js";
import { calculateSchema, reapplySchema, samePeriods, seniorityRules, submitSchema } from "./form.js";
import { messages } from "./messages.js";
import { currentTerm, seniorityKey, seniorityLink, type SeniorityRequestRecord, type StoredTerm, withIndexes } from "./request.js";

type Citizen = Extract<Principal, { kind: "citizen" }>;
type SubmitCtx = Needs<"store" | "clock" | "mailer" | "timers" | "webOrigin">;

const ID_PATTERN = /^[0-9a-f]{24}$/;
export const seniorityTitle = { az: "Dövlət qulluğu stajı barədə arayış", en: "Certificate of civil-service seniority" };

/** The calculation itself, on the server (the browser runs the same function as the citizen types). */
export async function calculateSeniority(ctx: Needs<"store" | "clock">, raw: unknown) {
  const today = bakuDate(ctx.clock.now());
  const { periods } = parseOrThrow(calculateSchema(today), raw);
  return computeSeniority(periods, today, await bracketsOn(ctx, today));
}

const stored = (t: Term): StoredTerm => ({ lastDay: t.lastDay, dueAt: t.dueAt.toISOString(), remindAt: t.remindAt.toISOString() });

/** What the owner sees of their request (scans by name only; the officer's alerts are internal). */
export function ownerView(r: SeniorityRequestRecord) {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    applicant: { email: r.applicant.email, idCard: r.applicant.idCard, fin: r.applicant.fin, fullName: r.applicant.fullName },
    periods: r.periods,
    scans: r.scans.map((s) => ({ uploadId: s.uploadId, fileName: s.fileName, contentType: s.contentType, size: s.size })),
    computed: r.computed,
    receivedAt: r.receivedAt,
    submissions: r.submissions,
    terms: r.terms,
    deficiencies: r.deficiencies ?? [],
    refusalReasons: r.refusalReasons ?? [],
    corrections: r.corrections,
    certificate: r.certificate ?? null,
    download: r.download ?? null,
    history: r.history,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
export type SeniorityOwnerView = ReturnType<typeof ownerView>;

/** The identity typed must be the signed-in account's; a FIN is typed only when the account has none. */
function identityIssues(citizen: Citizen, input: { email: string; idCard: string; fin: string }): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.email !== citizen.email.trim().toLowerCase()) issues.push(ruleIssue("email", seniorityRules["seniority.emailMismatch"]));
  if (input.idCard !== citizen.idCard.trim().toUpperCase()) issues.push(ruleIssue("idCard", seniorityRules["seniority.idCardMismatch"]));
  if (citizen.fin && input.fin !== citizen.fin.trim().toUpperCase()) issues.push(ruleIssue("fin", seniorityRules["seniority.finMismatch"]));
  return issues;
}

/** The deterministic id of a submission: the same form (key) of the same citizen is one request. */
export const seniorityRequestId = (ownerSub: string, requestKey: string) => stableHash(`seniority|${ownerSub}|${requestKey}`, 24);

/**
 * Registers the request: the server recomputes the figures from the periods (the browser's are never
 * taken), attaches the checked scans, arms the 5-day deficiency-notice term and article 10's decision
 * term (reminders and ends), and e-mails the receipt at once. Doubled or retried submissions with the
 * same `requestKey` end in one request (201 the first time, 200 after).
 */
export async function submitSeniorityRequest(ctx: SubmitCtx, citizen: Citizen, raw: unknown) {
  const now = ctx.clock.now();
  const today = bakuDate(now);
  const input = parseOrThrow(submitSchema(today), raw);
  const identity = identityIssues(citizen, input);
  if (identity.length) throw errors.validation(identity);
  const id = seniorityRequestId(citizen.sub, input.requestKey);
  const existing = await ctx.store.get<SeniorityRequestRecord>(seniorityKey(id));
  if (existing) return { request: ownerView(existing), created: false };

  const scans = await verifiedUploads(ctx, citizen.sub, "labour-book", input.scans, "scans");
  const computed = computeSeniority(input.periods, today, await bracketsOn(ctx, today));
  const at = now.toISOString();
  const record: SeniorityRequestRecord = withIndexes({
    ...seniorityKey(id),
    type: "SeniorityRequest",
    version: 1,
    id,
    service: 5,
    number: requestNumber(5, today),
    title: seniorityTitle,
    status: "submitted",
    ownerSub: citizen.sub,
    applicant: { email: input.email, idCard: input.idCard, fin: input.fin, fullName: input.fullName, finSource: citizen.fin ? "account" : "typed" },
    periods: input.periods,
    scans,
    computed,
    submissions: 1,
    requestKey: input.requestKey,
    receivedAt: at,
    firstReceivedAt: at,
    terms: { deficiencyNotice: stored(deficiencyNoticeTerm(now)), decision: { ...stored(await decisionTerm(ctx, now)), extended: false } },
    alerts: {},
    corrections: [],
    createdAt: at,
    updatedAt: at,
    history: [{ at, status: "submitted", actor: "citizen" }],
    link: seniorityLink(id),
    ...ownerIndex(citizen.sub, at, id),
  });
  const deficiency = armTerm(record, "deficiencyNotice", {}, now);
  const decision = armTerm(record, "decision", {}, now);
  const writes: Write[] = [
    { op: "put", record, condition: { kind: "notExists" } },
    ...deficiency.writes,
    ...decision.writes,
    enqueueEmail({ to: record.applicant.email, now, dedupeKey: `${id}:1:received`, message: messages.received(record, ctx.webOrigin) }),
  ];
  // Timers first: if the commit then fails, a timer finds no pending deadline and does nothing.
  await startTimers(ctx, [...deficiency.armed, ...decision.armed]);
  try {
    await ctx.store.transact(writes);
  } catch (err) {
    if (!(err instanceof ConditionFailed)) throw err;
    // The same submission got there first (a double click, a retry): answer with it.
    const first = await ctx.store.get<SeniorityRequestRecord>(seniorityKey(id));
    if (first) return { request: ownerView(first), created: false };
    throw err;
  }
  await deliverNow(ctx, writes);
  return { request: ownerView(record), created: true };
}

export async function loadOwn(ctx: Needs<"store">, citizen: Citizen, rawId: unknown): Promise<SeniorityRequestRecord> {
  const id = String(rawId ?? "");
  const record = ID_PATTERN.test(id) ? await ctx.store.get<SeniorityRequestRecord>(seniorityKey(id)) : undefined;
  // Someone else's request is "not found": its existence must not leak.
  if (!record || record.ownerSub !== citizen.sub) throw errors.notFound({ az: "Müraciət", en: "The request" });
  return record;
}

export async function getMySeniorityRequest(ctx: Needs<"store">, citizen: Citizen, rawId: unknown) {
  return ownerView(await loadOwn(ctx, citizen, rawId));
}


/**
 * After a deficiency notice: the corrected periods and scans; the request is registered again, examined
 * again (terms re-armed from the re-application) and the receipt e-mailed. A doubled re-application is
 * answered with the request as it stands.
 */
export async function reapplySeniorityRequest(ctx: SubmitCtx, citizen: Citizen, rawId: unknown, raw: unknown) {
  const now = ctx.clock.now();
  const today = bakuDate(now);
  const input = parseOrThrow(reapplySchema(today), raw);
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = await loadOwn(ctx, citizen, rawId);
    if (r.status === "submitted" && r.submissions > 1 && samePeriods(r.periods, input.periods) && r.scans.map((s) => s.uploadId).join() === input.scans.join()) {
      return { request: ownerView(r), created: false };
    }
    if (r.status !== "deficient") {
      throw errors.conflict("invalid_state", {
        az: "Təkrar müraciət yalnız çatışmazlıqlar barədə bildirişdən sonra mümkündür.",
        en: "A re-application is possible only after a notice of deficiencies.",
      });
    }
    const scans = await verifiedUploads(ctx, citizen.sub, "labour-book", input.scans, "scans");
    const at = now.toISOString();
    const submissions = r.submissions + 1;
    const next: SeniorityRequestRecord = withIndexes({
      ...r,
      status: "submitted",
      periods: input.periods,
      scans,
      computed: computeSeniority(input.periods, today, await bracketsOn(ctx, today)),
      submissions,
      receivedAt: at,
      terms: { deficiencyNotice: stored(deficiencyNoticeTerm(now)), decision: { ...stored(await decisionTerm(ctx, now)), extended: false } },
      alerts: {},
      ...(input.note ? { citizenNote: input.note } : {}),
      updatedAt: at,
      history: [...r.history, { at, status: "submitted", actor: "citizen", ...(input.note ? { reason: { az: input.note, en: input.note } } : {}) }],
      version: r.version + 1,
    });
    const existing = await loadDeadlines(ctx, r.id);
    const deficiency = armTerm(next, "deficiencyNotice", existing, now);
    const decision = armTerm(next, "decision", existing, now);
    const writes: Write[] = [
      { op: "put", record: next, condition: { kind: "versionIs", version: r.version } },
      ...deficiency.writes,
      ...decision.writes,
      enqueueEmail({ to: next.applicant.email, now, dedupeKey: `${r.id}:${submissions}:received`, message: messages.received(next, ctx.webOrigin) }),
    ];
    await startTimers(ctx, [...deficiency.armed, ...decision.armed]);
    if (!(await commitAndDeliver(ctx, writes))) continue;
    return { request: ownerView(next), created: true };
  }
  throw errors.conflict("concurrent_change", { az: "Müraciət eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The request changed at the same time. Try again." });
}

export { currentTerm };
