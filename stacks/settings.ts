/**
 * Stage-level settings and small helpers shared by the stacks. No constructs are created here.
 */
import { RetentionDays } from "aws-cdk-lib/aws-logs";
import { logRetentionDays } from "../packages/core/src/infra/resources.js";

export const SERVICE_NAME = "e-xidmet";

/** Only `prod` keeps data on removal and turns on deletion protection; other stages are disposable. */
export const isProd = (stage: string) => stage === "prod";

/**
 * The web origin, needed for API and bucket CORS. It cannot come from the StaticSite: the site is
 * built with the API URL, so referencing its CloudFront domain back from the API would be a cycle,
 * and an SST `Config.Parameter` is only readable at run time, not at synth time. So it is a
 * synth-time setting: env `WEB_ORIGIN` (shell or `.env.<stage>`, which SST loads). `prod` must
 * set it (a wrong origin silently breaks the site); other stages default to the Vite dev server,
 * which is how a developer's web UI talks to a personal stage.
 */
export function webOrigin(stage: string): string {
  const value = process.env.WEB_ORIGIN;
  if (!value) {
    if (isProd(stage)) throw new Error("WEB_ORIGIN must be set for the prod stage (e.g. https://e-xidmet.csc.gov.az)");
    return "http://localhost:5173";
  }
  const origin = new URL(value).origin;
  if (origin !== value.replace(/\/+$/, "")) throw new Error(`WEB_ORIGIN must be an origin (scheme://host[:port]), got ${value}`);
  return origin;
}

/**
 * Sender of every e-mail. Defaults to the Commission's e-services address from the regulation,
 * so that replies (complaints) reach it. Its domain must be a verified SES identity.
 */
export const mailFrom = () => process.env.MAIL_FROM || "eXidmet@csc.gov.az";

type RetentionName = Lowercase<keyof typeof RetentionDays>;

/** SST takes log retention as the lower-case name of a CDK `RetentionDays` member, e.g. `three_months`. */
export function retentionName(days: number = logRetentionDays): RetentionName {
  const name = Object.keys(RetentionDays).find(
    (key) => Number.isNaN(Number(key)) && RetentionDays[key as keyof typeof RetentionDays] === days,
  );
  if (!name) throw new Error(`CloudWatch Logs has no retention of ${days} days`);
  return name.toLowerCase() as RetentionName;
}

export const retentionDays = (days: number = logRetentionDays): RetentionDays =>
  RetentionDays[retentionName(days).toUpperCase() as keyof typeof RetentionDays];

/** `rate(1 minute)` / `rate(5 minutes)`: EventBridge wants the singular for 1. */
export const rateExpression = (minutes: number): `rate(${string})` =>
  `rate(${minutes} ${minutes === 1 ? "minute" : "minutes"})`;
