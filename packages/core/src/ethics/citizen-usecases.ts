/**
 * Service 7, the complainant's side: a draft saved as they type, the submission (registered with a
 * number, e-mailed at once, terms armed), and the re-application after a deficiency notice.
 */
import * as z from "zod";
import type { Needs } from "../context.js";
import { startTimers } from "../deadlines/fire.js";
import { getStateBody } from "../directory/state-bodies.js";
import { errors } from "../errors.js";
import { decisionTerm, deficiencyNoticeTerm, type Term } from "../legal/appeal-terms.js";
import { commitAndDeliver, enqueueEmail } from "../notifications/outbox.js";
import type { Principal } from "../principal.js";
import { ConditionFailed } from "../ports/store.js";
import { ownerIndex } from "../records/history.js";
import { newId, requestNumber, stableHash } from "../records/ids.js";
import { bakuDate } from "../time/baku.js";
import { verifiedUploads } from "../uploads/uploads.js";
import { ruleIssue } from "../validation/messages.js";
import { parseOrThrow } from "../validation/parse.js";
import { type ComplaintRecord, complaintKey, complaintLink, complaintTitle, ownerView, type StoredComplaintForm, type StoredTerm, withIndexes } from "./complaint.js";
import { armTerm, loadDeadlines } from "./deadlines.js";
import { complaintDraftSchema, complaintFormSchema, OTHER_BODY } from "./form.js";
import { messages } from "./messages.js";
import { draftText } from "../requests/draft.js";

type Citizen = Extract<Principal, { kind: "citizen" }>;

export const complaintIdSchema = z.object({ complaintId: z.string().regex(/^[0-9a-f]{24}$/) }).strict();

export const complaintNotFound = () => errors.notFound({ az: "Müraciət", en: "The complaint" });

const concurrent = () =>
  errors.conflict("concurrent_change", { az: "Müraciət eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The complaint changed at the same time. Try again." });

/** The citizen's own complaint; anyone else's is "not found" (its existence must not leak). */
async function loadOwn(ctx: Needs<"store">, citizen: Citizen, rawId: unknown): Promise<ComplaintRecord> {
  const parsed = complaintIdSchema.safeParse({ complaintId: rawId });
  if (!parsed.success) throw complaintNotFound();
  const record = await ctx.store.get<ComplaintRecord>(complaintKey(parsed.data.complaintId));
  if (!record || record.type !== "EthicsComplaint" || record.ownerSub !== citizen.sub) throw complaintNotFound();
  return record;
}

export const storedTerm = (t: Term): StoredTerm => ({ lastDay: t.lastDay, dueAt: t.dueAt.toISOString(), remindAt: t.remindAt.toISOString() });

/**
 * Starts a complaint as a draft. With an `Idempotency-Key` the id derives from the citizen and the
 * key, so a retried or doubled request creates one draft.
 */
export async function createComplaint(ctx: Needs<"store" | "clock">, citizen: Citizen, rawDraft: unknown, idempotencyKey?: string) {
  const draft = parseOrThrow(complaintDraftSchema, rawDraft ?? {});
  const id = stableHash(`ethics|${citizen.sub}|${idempotencyKey ?? newId()}`, 24);
  const now = ctx.clock.now();
  const at = now.toISOString();
  const record: ComplaintRecord = {
    ...complaintKey(id),
    type: "EthicsComplaint",
    version: 1,
    id,
    service: 7,
    number: requestNumber(7, bakuDate(now)),
    title: complaintTitle(),
    status: "draft",
    ownerSub: citizen.sub,
    ownerEmail: citizen.email,
    draftJson: draftText(draft),
    draftSavedAt: at,
    attachments: [],
    submissions: 0,
    terms: {},
    alerts: {},
    createdAt: at,
    updatedAt: at,
    history: [{ at, status: "draft", actor: "citizen" }],
    link: complaintLink(id),
    ...ownerIndex(citizen.sub, at, id),
  };
  try {
    await ctx.store.transact([{ op: "put", record, condition: { kind: "notExists" } }]);
    return { complaint: ownerView(record), created: true };
  } catch (err) {
    if (!(err instanceof ConditionFailed) || !idempotencyKey) throw err;
    return { complaint: ownerView(await loadOwn(ctx, citizen, id)), created: false };
  }
}

export async function getMyComplaint(ctx: Needs<"store">, citizen: Citizen, rawId: unknown) {
  return ownerView(await loadOwn(ctx, citizen, rawId));
}

const editable = (r: ComplaintRecord) => r.status === "draft" || r.status === "deficient";

/** Saves what the citizen typed so far: a new complaint's draft, or the corrections after a deficiency notice. */
export async function saveComplaintDraft(ctx: Needs<"store" | "clock">, citizen: Citizen, rawId: unknown, rawDraft: unknown) {
  const draft = parseOrThrow(complaintDraftSchema, rawDraft ?? {});
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await loadOwn(ctx, citizen, rawId);
    if (!editable(existing)) {
      throw errors.conflict("already_submitted", { az: "Müraciət artıq göndərilib və ona baxılır.", en: "The complaint was already sent and is being examined." });
    }
    const at = ctx.clock.now().toISOString();
    const next: ComplaintRecord = { ...existing, draftJson: draftText(draft), draftSavedAt: at, updatedAt: at, version: existing.version + 1 };
    try {
      await ctx.store.transact([{ op: "put", record: withIndexes(next), condition: { kind: "versionIs", version: existing.version } }]);
      return { savedAt: at, status: next.status, id: next.id, number: next.number };
    } catch (err) {
      if (!(err instanceof ConditionFailed)) throw err;
    }
  }
  throw concurrent();
}

/**
 * Submits the complaint (or re-applies after a deficiency notice). Format failures are a 400 and
 * nothing changes. A good submission is received: e-mailed at once with its number, the 5-day
 * deficiency-notice term and article 10's decision term start from now. A doubled click or a
 * retry answers with the complaint as it already is.
 */
export async function submitComplaint(ctx: Needs<"store" | "clock" | "mailer" | "timers" | "webOrigin">, citizen: Citizen, rawId: unknown, rawForm: unknown) {
  const now = ctx.clock.now();
  const form = parseOrThrow(complaintFormSchema({ today: bakuDate(now) }), rawForm);
  for (let attempt = 0; attempt < 4; attempt++) {
    const existing = await loadOwn(ctx, citizen, rawId);
    if (!editable(existing)) return { complaint: ownerView(existing), created: false };

    let stateBodyName = { az: form.servant.stateBodyOther ?? "", en: form.servant.stateBodyOther ?? "" };
    if (form.servant.stateBodyId !== OTHER_BODY) {
      const body = await getStateBody(ctx, form.servant.stateBodyId);
      if (!body) throw errors.validation([ruleIssue("servant.stateBodyId", "stateBody.unknown")]);
      stateBodyName = body.name;
    }
    const attachments = await verifiedUploads(ctx, citizen.sub, "ethics-evidence", form.attachments, "attachments");
    const stored: StoredComplaintForm = { ...form, servant: { ...form.servant, stateBodyName } };
    const at = now.toISOString();
    const submissions = existing.submissions + 1;
    const { draftJson: _d, draftSavedAt: _s, ...rest } = existing;
    const next = withIndexes({
      ...rest,
      status: "submitted",
      title: complaintTitle(stored),
      form: stored,
      attachments,
      submissions,
      receivedAt: at,
      firstReceivedAt: existing.firstReceivedAt ?? at,
      terms: { deficiencyNotice: storedTerm(deficiencyNoticeTerm(now)), decision: { ...storedTerm(await decisionTerm(ctx, now)), extended: false } },
      alerts: {},
      updatedAt: at,
      history: [...existing.history, { at, status: "submitted", actor: "citizen" }],
      version: existing.version + 1,
    });
    const deadlines = await loadDeadlines(ctx, existing.id);
    const notice = armTerm(next, "deficiencyNotice", deadlines, now);
    const decision = armTerm(next, "decision", deadlines, now);
    const writes = [
      { op: "put" as const, record: next, condition: { kind: "versionIs" as const, version: existing.version } },
      ...notice.writes,
      ...decision.writes,
      enqueueEmail({ to: form.contact.email, now, dedupeKey: `${next.id}:${submissions}:received`, message: messages.received(next, ctx.webOrigin) }),
    ];
    // Timers first: if the commit then fails, a timer finds no matching deadline and does nothing.
    await startTimers(ctx, [...notice.armed, ...decision.armed]);
    if (!(await commitAndDeliver(ctx, writes))) continue; // a doubled click or another tab: look again
    return { complaint: ownerView(next), created: true };
  }
  throw concurrent();
}
