import { randomInt } from "node:crypto";
import * as z from "zod";
import { auditEntry } from "../audit/audit.js";
import type { Needs } from "../context.js";
import { getStateBody } from "../directory/state-bodies.js";
import { errors } from "../errors.js";
import { officialGroups } from "../infra/resources.js";
import { deliverNow, enqueueEmail } from "../notifications/outbox.js";
import type { OfficialAccount } from "../ports/services.js";
import { email, requiredText, slug } from "../validation/fields.js";
import { ruleMessages } from "../validation/messages.js";
import { parseOrThrow } from "../validation/parse.js";
import { officialStatusWrite } from "../rate-limits/official-status.js";

/** Officials' accounts are issued only by the Commission admin (the regulation: on the body's written request). */
export const createOfficialSchema = z
  .object({
    email,
    fullName: requiredText(120),
    group: z.enum(officialGroups),
    stateBody: slug.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.group === "hr-officer" && !v.stateBody) ctx.addIssue({ code: "custom", path: ["stateBody"], message: "group.stateBodyRequired" });
    if (v.group !== "hr-officer" && v.stateBody) ctx.addIssue({ code: "custom", path: ["stateBody"], message: "group.stateBodyForbidden" });
  });

/** Usernames are e-mails for accounts issued here; seeded or migrated ones may be plain names. */
export const usernameSchema = z.object({ username: z.string().trim().regex(/^[A-Za-z0-9._@+-]{1,128}$/) }).strict();

/** A temporary password that satisfies the pool's policy; it must be changed at first sign-in. */
export function temporaryPassword(): string {
  const pick = (set: string, n: number) => Array.from({ length: n }, () => set[randomInt(set.length)]).join("");
  const chars = pick("ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + pick("abcdefghijkmnopqrstuvwxyz", 5) + pick("23456789", 3) + pick("!@#%+=", 1);
  return chars
    .split("")
    .sort(() => randomInt(3) - 1)
    .join("");
}

const CREDENTIALS_TTL_DAYS = 7;

function credentialsEmail(to: string, fullName: string, password: string, webOrigin: string, now: Date, kind: "issued" | "reset") {
  const write = enqueueEmail({
    to,
    now,
    dedupeKey: `official:${kind}:${to}:${now.toISOString()}`,
    message: {
      subject:
        kind === "issued"
          ? { az: "e-Xidmət: istifadəçi adı və şifrə", en: "e-Xidmət: your user name and password" }
          : { az: "e-Xidmət: şifrə yeniləndi", en: "e-Xidmət: your password was reset" },
      paragraphs: [
        { az: `Hörmətli ${fullName},`, en: `Dear ${fullName},` },
        {
          az: `İstifadəçi adınız: ${to}. Müvəqqəti şifrəniz: ${password}. İlk girişdə şifrəni dəyişməlisiniz; müvəqqəti şifrə ${CREDENTIALS_TTL_DAYS} gün etibarlıdır.`,
          en: `Your user name: ${to}. Temporary password: ${password}. You must change it at first sign-in; it is valid for ${CREDENTIALS_TTL_DAYS} days.`,
        },
      ],
      link: `${webOrigin}/#/official/sign-in`,
    },
  });
  // The temporary password must not outlive its use: the outbox record expires with it.
  write.record.expiresAt = Math.floor(now.getTime() / 1000) + CREDENTIALS_TTL_DAYS * 86_400;
  return write;
}

export async function createOfficial(
  ctx: Needs<"store" | "clock" | "directory" | "mailer" | "webOrigin">,
  actor: { username: string },
  raw: unknown,
): Promise<{ username: string }> {
  const input = parseOrThrow(createOfficialSchema, raw);
  if (input.stateBody && !(await getStateBody(ctx, input.stateBody))) {
    throw errors.validation([{ path: "stateBody", code: "stateBody.unknown", ...ruleMessages["stateBody.unknown"] }]);
  }
  if (await ctx.directory.get(input.email)) {
    throw errors.conflict("official_exists", { az: "Bu elektron poçtla hesab artıq mövcuddur.", en: "An account with this e-mail already exists." });
  }
  const password = temporaryPassword();
  const now = ctx.clock.now();
  await ctx.directory.create({ username: input.email, email: input.email, fullName: input.fullName, group: input.group, stateBody: input.stateBody, temporaryPassword: password });
  const writes = [
    credentialsEmail(input.email, input.fullName, password, ctx.webOrigin, now, "issued"),
    auditEntry({ actor: actor.username, action: "official.create", subject: `OFFICIAL#${input.email}`, at: now, detail: { group: input.group, stateBody: input.stateBody ?? null } }),
  ];
  await ctx.store.transact(writes);
  await deliverNow(ctx, writes);
  return { username: input.email };
}

async function existingOfficial(ctx: Needs<"directory">, rawUsername: unknown): Promise<OfficialAccount> {
  const { username } = parseOrThrow(usernameSchema, { username: rawUsername });
  const account = await ctx.directory.get(username);
  if (!account) throw errors.notFound({ az: "Hesab", en: "The account" });
  return account;
}

export async function resetOfficialPassword(ctx: Needs<"store" | "clock" | "directory" | "mailer" | "webOrigin">, actor: { username: string }, rawUsername: unknown) {
  const account = await existingOfficial(ctx, rawUsername);
  const password = temporaryPassword();
  const now = ctx.clock.now();
  await ctx.directory.setTemporaryPassword(account.username, password);
  const writes = [
    credentialsEmail(account.email, account.fullName, password, ctx.webOrigin, now, "reset"),
    auditEntry({ actor: actor.username, action: "official.reset", subject: `OFFICIAL#${account.username}`, at: now }),
  ];
  await ctx.store.transact(writes);
  await deliverNow(ctx, writes);
  return { username: account.username };
}

export async function setOfficialEnabled(ctx: Needs<"store" | "clock" | "directory">, actor: { username: string }, rawUsername: unknown, enabled: boolean) {
  const account = await existingOfficial(ctx, rawUsername);
  if (account.username === actor.username && !enabled) {
    throw errors.refused("cannot_disable_self", { az: "Öz hesabınızı deaktiv edə bilməzsiniz.", en: "You cannot disable your own account." });
  }
  if (enabled) await ctx.directory.enable(account.username);
  else await ctx.directory.disable(account.username);
  const now = ctx.clock.now();
  // The status record makes the route wrapper refuse tokens issued before this change (they live up to an hour).
  await ctx.store.transact([
    officialStatusWrite(account.username, !enabled, now),
    auditEntry({ actor: actor.username, action: enabled ? "official.enable" : "official.disable", subject: `OFFICIAL#${account.username}`, at: now }),
  ]);
  return { username: account.username, enabled };
}

export async function listOfficials(ctx: Needs<"directory">): Promise<OfficialAccount[]> {
  return (await ctx.directory.list()).sort((a, b) => a.fullName.localeCompare(b.fullName, "az"));
}
