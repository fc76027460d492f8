/**
 * Service 6, the Commission admin's side: the question bank (add, edit, retire, import) and the
 * test's settings (composition per topic, time limit). Every write keeps the per-topic pools of
 * active question ids in step, in the same transaction.
 */
import type { Needs } from "../context.js";
import { errors, type FieldIssue } from "../errors.js";
import type { Principal } from "../principal.js";
import { ConditionFailed, type Write } from "../ports/store.js";
import { stableHash } from "../records/ids.js";
import { parseOrThrow, toFieldIssues } from "../validation/parse.js";
import { ruleIssue } from "../validation/messages.js";
import { CsvError, parseCsv } from "./csv.js";
import { poolKey, questionKey, questionListIndex, type QuestionRecord, settingsKey, type SettingsRecord, type TopicPoolRecord } from "./records.js";
import {
  importRowSchema,
  importSchema,
  MAX_IMPORT_ROWS,
  questionIdSchema,
  questionInputSchema,
  type QuestionInput,
  questionListQuerySchema,
  questionUpdateSchema,
  rules,
  settingsSchema,
} from "./schemas.js";
import { defaultSettings, type TopicId, topicIds, type TrialTestSettings } from "./topics.js";
import type { QuestionAdminView } from "./views.js";

type Official = Extract<Principal, { kind: "official" }>;
type StoreCtx = Needs<"store" | "clock">;

const normalise = (s: string) => s.toLocaleLowerCase("az").replace(/\s+/g, " ").trim();
/** The same topic and text always give the same id: a doubled add or a re-imported file creates nothing new. */
export const derivedQuestionId = (topic: TopicId, text: string) => `q-${stableHash(`${topic}|${normalise(text)}`, 16)}`;

export const questionView = (q: QuestionRecord): QuestionAdminView => ({
  id: q.id,
  topic: q.topic,
  text: q.text,
  options: q.options,
  correct: q.correct,
  active: q.active,
  version: q.version,
  createdAt: q.createdAt,
  updatedAt: q.updatedAt,
  updatedBy: q.updatedBy,
});

const notFound = () => errors.notFound({ az: "Sual", en: "The question" });
const busy = () => errors.conflict("concurrent_change", { az: "Sual bankı eyni vaxtda dəyişdirildi. Yenidən cəhd edin.", en: "The question bank changed at the same time. Try again." });

function sameContent(a: Pick<QuestionRecord, "topic" | "text" | "options" | "correct" | "active">, b: QuestionInput) {
  return a.topic === b.topic && a.text === b.text && a.correct === b.correct && a.active === b.active && a.options.length === b.options.length && a.options.every((o, i) => o === b.options[i]);
}

/**
 * The pool writes that make `changes` true: each question id present in (or absent from) its
 * topic's active pool. Reads the pools concerned; conditions on their versions.
 */
async function poolWrites(ctx: Needs<"store">, changes: { id: string; from?: { topic: TopicId; active: boolean }; to: { topic: TopicId; active: boolean } }[]): Promise<Write[]> {
  const topics = new Set<TopicId>();
  for (const c of changes) {
    topics.add(c.to.topic);
    if (c.from) topics.add(c.from.topic);
  }
  const pools = await ctx.store.getMany<TopicPoolRecord>([...topics].map(poolKey));
  const byTopic = new Map(pools.map((p) => [p.topic, p]));
  const next = new Map<TopicId, Set<string>>([...topics].map((t) => [t, new Set(byTopic.get(t)?.ids ?? [])]));
  for (const c of changes) {
    if (c.from) next.get(c.from.topic)!.delete(c.id);
    if (c.to.active) next.get(c.to.topic)!.add(c.id);
    else next.get(c.to.topic)!.delete(c.id);
  }
  const writes: Write[] = [];
  for (const topic of topics) {
    const existing = byTopic.get(topic);
    const ids = [...next.get(topic)!].sort();
    if (existing && existing.ids.length === ids.length && [...existing.ids].sort().every((x, i) => x === ids[i])) continue;
    writes.push({
      op: "put",
      record: { ...poolKey(topic), type: "TrialTopicPool", version: (existing?.version ?? 0) + 1, topic, ids },
      condition: existing ? { kind: "versionIs", version: existing.version } : { kind: "notExists" },
    });
  }
  return writes;
}

/** Adds a question. Adding the same topic and text again answers with the existing question (200). */
export async function createQuestion(ctx: StoreCtx, admin: Official, raw: unknown): Promise<{ question: QuestionAdminView; created: boolean }> {
  const input = parseOrThrow(questionInputSchema, raw);
  const id = derivedQuestionId(input.topic, input.text);
  for (let attempt = 0; attempt < 4; attempt++) {
    const existing = await ctx.store.get<QuestionRecord>(questionKey(id));
    if (existing) {
      if (sameContent(existing, input)) return { question: questionView(existing), created: false };
      throw errors.conflict("duplicate_question", {
        az: "Bu mövzuda eyni mətnli sual artıq var. Onu redaktə edin.",
        en: "A question with the same text already exists in this topic. Edit that one instead.",
      });
    }
    const at = ctx.clock.now().toISOString();
    const record: QuestionRecord = { ...questionKey(id), type: "TrialQuestion", version: 1, id, ...input, createdAt: at, updatedAt: at, updatedBy: admin.username, ...questionListIndex({ id, topic: input.topic }) };
    try {
      await ctx.store.transact([{ op: "put", record, condition: { kind: "notExists" } }, ...(await poolWrites(ctx, [{ id, to: input }]))]);
      return { question: questionView(record), created: true };
    } catch (err) {
      if (!(err instanceof ConditionFailed)) throw err;
    }
  }
  throw busy();
}

/** Edits a question (text, options, right answer, topic, active). Tests already taken keep what they showed. */
export async function updateQuestion(ctx: StoreCtx, admin: Official, rawId: unknown, raw: unknown): Promise<QuestionAdminView> {
  const { questionId } = parseOrThrow(questionIdSchema, { questionId: rawId });
  const { version, ...input } = parseOrThrow(questionUpdateSchema, raw);
  for (let attempt = 0; attempt < 4; attempt++) {
    const existing = await ctx.store.get<QuestionRecord>(questionKey(questionId));
    if (!existing) throw notFound();
    if (existing.version !== version) {
      throw errors.conflict("stale_version", {
        az: "Sual siz redaktə edərkən başqası tərəfindən dəyişdirilib. Səhifəni yeniləyin.",
        en: "Someone changed the question while you were editing it. Reload the page.",
      });
    }
    if (sameContent(existing, input)) return questionView(existing);
    const record: QuestionRecord = { ...existing, ...input, version: existing.version + 1, updatedAt: ctx.clock.now().toISOString(), updatedBy: admin.username, ...questionListIndex({ id: questionId, topic: input.topic }) };
    try {
      await ctx.store.transact([
        { op: "put", record, condition: { kind: "versionIs", version: existing.version } },
        ...(await poolWrites(ctx, [{ id: questionId, from: existing, to: input }])),
      ]);
      return questionView(record);
    } catch (err) {
      if (!(err instanceof ConditionFailed)) throw err;
    }
  }
  throw busy();
}

/** Retires a question: it is no longer drawn; past attempts keep it. Retiring twice changes nothing. */
export async function retireQuestion(ctx: StoreCtx, admin: Official, rawId: unknown): Promise<QuestionAdminView> {
  const { questionId } = parseOrThrow(questionIdSchema, { questionId: rawId });
  for (let attempt = 0; attempt < 4; attempt++) {
    const existing = await ctx.store.get<QuestionRecord>(questionKey(questionId));
    if (!existing) throw notFound();
    if (!existing.active) return questionView(existing);
    const record: QuestionRecord = { ...existing, active: false, version: existing.version + 1, updatedAt: ctx.clock.now().toISOString(), updatedBy: admin.username };
    try {
      await ctx.store.transact([
        { op: "put", record, condition: { kind: "versionIs", version: existing.version } },
        ...(await poolWrites(ctx, [{ id: questionId, from: existing, to: record }])),
      ]);
      return questionView(record);
    } catch (err) {
      if (!(err instanceof ConditionFailed)) throw err;
    }
  }
  throw busy();
}

/** A topic's questions, paged (the queue index; no scan). */
export async function listQuestions(ctx: Needs<"store">, rawQuery: unknown) {
  const q = parseOrThrow(questionListQuerySchema, rawQuery ?? {});
  const topic = q.topic ?? topicIds[0];
  const page = await ctx.store.query<QuestionRecord>(`TTQTOPIC#${topic}`, { index: "byQueue", limit: q.limit, cursor: q.cursor });
  const items = page.items.filter((r) => q.status === "all" || (q.status === "active") === r.active).map(questionView);
  return { topic, items, ...(page.cursor ? { cursor: page.cursor } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

const HEADER = ["id", "topic", "text", "option_a", "option_b", "option_c", "option_d", "correct", "active"] as const;
const REQUIRED_HEADER = ["topic", "text", "option_a", "option_b", "option_c", "option_d", "correct"];
/** Writes per transaction (DynamoDB allows 100). */
const CHUNK = 90;

export interface ImportedQuestion extends QuestionInput {
  id: string;
}

/**
 * Parses and checks a CSV file of questions: every problem is reported with its line and column
 * (`rows.<line>.<column>`); nothing is returned unless every row is valid.
 */
export function parseQuestionsCsv(csv: string): { questions: ImportedQuestion[]; issues: FieldIssue[] } {
  let rows;
  try {
    rows = parseCsv(csv);
  } catch (e) {
    if (e instanceof CsvError) return { questions: [], issues: [ruleIssue(`rows.${e.line}`, rules["trialTests.csvQuotes"])] };
    throw e;
  }
  const [header, ...data] = rows;
  const names = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  if (!header || !REQUIRED_HEADER.every((h) => names.includes(h)) || names.some((n) => !(HEADER as readonly string[]).includes(n))) {
    return { questions: [], issues: [ruleIssue("csv", rules["trialTests.csvHeader"])] };
  }
  if (data.length === 0) return { questions: [], issues: [ruleIssue("csv", rules["trialTests.csvEmpty"])] };
  if (data.length > MAX_IMPORT_ROWS) return { questions: [], issues: [ruleIssue("csv", rules["trialTests.csvTooMany"])] };
  const issues: FieldIssue[] = [];
  const questions: ImportedQuestion[] = [];
  const seenIds = new Set<string>();
  const seenTexts = new Set<string>();
  for (const row of data) {
    const cells = Object.fromEntries(names.map((n, i) => [n, row.cells[i] ?? ""]));
    const parsed = importRowSchema.safeParse(cells);
    if (!parsed.success) {
      for (const i of toFieldIssues(parsed.error)) issues.push({ ...i, path: `rows.${row.line}.${i.path}` });
      continue;
    }
    const r = parsed.data;
    const question = questionInputSchema.safeParse({ topic: r.topic, text: r.text, options: [r.option_a, r.option_b, r.option_c, r.option_d], correct: "ABCD".indexOf(r.correct), active: r.active });
    if (!question.success) {
      for (const i of toFieldIssues(question.error)) {
        const column = i.path.startsWith("options.") ? `option_${"abcd"[Number(i.path.split(".")[1])]}` : i.path;
        issues.push({ ...i, path: `rows.${row.line}.${column}` });
      }
      continue;
    }
    const id = r.id ?? derivedQuestionId(question.data.topic, question.data.text);
    const textKey = `${question.data.topic}|${normalise(question.data.text)}`;
    if (seenIds.has(id) || seenTexts.has(textKey)) {
      issues.push(ruleIssue(`rows.${row.line}.${r.id ? "id" : "text"}`, rules["trialTests.duplicateRow"]));
      continue;
    }
    seenIds.add(id);
    seenTexts.add(textKey);
    questions.push({ id, ...question.data });
  }
  return { questions: issues.length ? [] : questions, issues };
}

/**
 * Imports a CSV file: all rows valid or nothing written (400 naming each row's problems).
 * Rows with a known id (given, or derived from topic + text) update that question; unchanged
 * rows are skipped, so importing the same file again changes nothing. A failed run can simply be repeated.
 */
export async function importQuestions(ctx: StoreCtx, admin: Official, raw: unknown) {
  const { csv } = parseOrThrow(importSchema, raw);
  const { questions, issues } = parseQuestionsCsv(csv);
  if (issues.length) throw errors.validation(issues);
  const existing = new Map((await ctx.store.getMany<QuestionRecord>(questions.map((q) => questionKey(q.id)))).map((r) => [r.id, r]));
  const at = ctx.clock.now().toISOString();
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  const writes: Write[] = [];
  for (const q of questions) {
    const { id, ...input } = q;
    const before = existing.get(id);
    if (before && sameContent(before, input)) {
      unchanged++;
      continue;
    }
    before ? updated++ : created++;
    const record: QuestionRecord = before
      ? { ...before, ...input, version: before.version + 1, updatedAt: at, updatedBy: admin.username, ...questionListIndex(q) }
      : { ...questionKey(id), type: "TrialQuestion", version: 1, id, ...input, createdAt: at, updatedAt: at, updatedBy: admin.username, ...questionListIndex(q) };
    writes.push({ op: "put", record, condition: before ? { kind: "versionIs", version: before.version } : { kind: "notExists" } });
  }
  try {
    for (let i = 0; i < writes.length; i += CHUNK) await ctx.store.transact(writes.slice(i, i + CHUNK));
  } catch (err) {
    if (err instanceof ConditionFailed) throw busy();
    throw err;
  }
  // The pools last: each row's question in (or out of) its topic's pool, wherever it was before.
  for (let attempt = 0; ; attempt++) {
    const pw = await poolWrites(
      ctx,
      questions.map((q) => ({ id: q.id, from: existing.get(q.id), to: q })),
    );
    try {
      await ctx.store.transact(pw);
      break;
    } catch (err) {
      if (!(err instanceof ConditionFailed) || attempt >= 4) throw err instanceof ConditionFailed ? busy() : err;
    }
  }
  return { rows: questions.length, created, updated, unchanged };
}

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

export async function readSettings(ctx: Needs<"store">): Promise<TrialTestSettings & { version: number }> {
  const record = await ctx.store.get<SettingsRecord>(settingsKey);
  if (!record) return { ...defaultSettings, version: 0 };
  return { composition: { ...defaultSettings.composition, ...record.composition }, timeLimitMinutes: record.timeLimitMinutes, version: record.version };
}

/** Active questions per topic (from the pools). */
export async function poolSizes(ctx: Needs<"store">): Promise<Record<TopicId, number>> {
  const pools = await ctx.store.getMany<TopicPoolRecord>(topicIds.map(poolKey));
  const sizes = Object.fromEntries(topicIds.map((t) => [t, 0])) as Record<TopicId, number>;
  for (const p of pools) sizes[p.topic] = p.ids.length;
  return sizes;
}

export async function getSettings(ctx: Needs<"store">) {
  const [settings, active] = await Promise.all([readSettings(ctx), poolSizes(ctx)]);
  return { ...settings, activeQuestions: active };
}

/** Changes the composition and the time limit; a topic cannot ask for more questions than it has active. */
export async function putSettings(ctx: StoreCtx, admin: Official, raw: unknown) {
  const input = parseOrThrow(settingsSchema, raw);
  const [current, active] = await Promise.all([ctx.store.get<SettingsRecord>(settingsKey), poolSizes(ctx)]);
  const tooMany = topicIds.filter((t) => input.composition[t] > active[t]);
  if (tooMany.length) {
    throw errors.refused(
      "not_enough_questions",
      { az: "Bəzi mövzularda kifayət qədər aktiv sual yoxdur.", en: "Some topics do not have enough active questions." },
      tooMany.map((t) => ({
        path: `composition.${t}`,
        code: "trialTests.notEnoughQuestions",
        az: `Bu mövzuda ${active[t]} aktiv sual var; daha çox sual seçilə bilməz.`,
        en: `This topic has ${active[t]} active questions; no more can be drawn.`,
      })),
    );
  }
  if (input.version !== undefined && input.version !== (current?.version ?? 0)) {
    throw errors.conflict("stale_version", { az: "Parametrlər başqası tərəfindən dəyişdirilib. Səhifəni yeniləyin.", en: "Someone else changed the settings. Reload the page." });
  }
  const record: SettingsRecord = {
    ...settingsKey,
    type: "TrialSettings",
    version: (current?.version ?? 0) + 1,
    composition: input.composition,
    timeLimitMinutes: input.timeLimitMinutes,
    updatedAt: ctx.clock.now().toISOString(),
    updatedBy: admin.username,
  };
  try {
    await ctx.store.transact([{ op: "put", record, condition: current ? { kind: "versionIs", version: current.version } : { kind: "notExists" } }]);
  } catch (err) {
    if (err instanceof ConditionFailed) throw busy();
    throw err;
  }
  return { composition: record.composition, timeLimitMinutes: record.timeLimitMinutes, version: record.version, activeQuestions: active };
}
