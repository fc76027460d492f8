/** The start-up summary: where everything is and how to sign in. Only demo (fictitious) accounts are printed. */
import type { LocalCloud } from "../cloud.js";
import { demoCitizens, demoOfficials } from "../seed/demo-data.js";

const pad = (s: string, n: number) => s.padEnd(n);

export function summary(cloud: LocalCloud, seconds: number): string {
  const { urls, resources } = cloud;
  const lines = [
    "",
    `e-Xidmət local cloud is up (${seconds.toFixed(1)} s) — Ctrl-C stops everything`,
    "",
    `  ${pad("Web app", 15)} ${urls.web}`,
    `  ${pad("API", 15)} ${urls.api}`,
    `  ${pad("Mailbox", 15)} ${urls.mailbox}   (all e-mail, incl. sign-up codes; JSON at ${urls.mailbox}store)`,
    `  ${pad("DynamoDB", 15)} ${urls.dynamodb}   table ${resources.tableName}`,
    `  ${pad("Cognito", 15)} ${urls.cognito}   citizens ${resources.pools.citizens.poolId}, officials ${resources.pools.officials.poolId}`,
    `  ${pad("S3", 15)} ${urls.s3}   bucket ${resources.bucketName}`,
    `  ${pad("Step Functions", 15)} ${urls.sfn}   (GET /_local/executions, POST /_local/advance {"to":ISO}|{"all":true})`,
    "",
    "  Officials (username / password):",
    ...demoOfficials.map((o) => `    ${pad(o.username, 18)} ${pad(o.password, 16)} ${o.role}`),
    "  Citizens (e-mail / password):",
    ...demoCitizens.map((c) => `    ${pad(c.email, 28)} ${pad(c.password, 14)} ID card ${c.idCard}${"fin" in c ? `, FIN ${c.fin}` : ""}`),
    "",
    "  A citizen who signs up gets the e-mail verification code in the Mailbox above",
    "  (cognito-local's messages are sent through the local SES instead of its console).",
  ];
  if (cloud.rearmed) lines.push("", `  ${cloud.rearmed} pending deadline timer(s) re-armed.`);
  const warnings = [...(cloud.web.warning ? [cloud.web.warning] : []), ...(cloud.seed?.warnings ?? [])];
  if (warnings.length) lines.push("", "  Warnings:", ...warnings.map((w) => `    ! ${w}`));
  if (cloud.seed) {
    const s = cloud.seed;
    lines.push(
      "",
      `  Seed: officials ${s.officials.created} created/${s.officials.existing} existing, citizens ${s.citizens.created} created/${s.citizens.existing} existing, state bodies ${s.stateBodies}, competition ${s.competition}.`,
      ...s.services.map((line) => `        ${line}`),
    );
  }
  lines.push("");
  return lines.join("\n");
}
