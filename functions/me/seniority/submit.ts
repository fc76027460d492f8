import { systemClock } from "@exidmet/core/ports/services";
import { submitSeniorityRequest } from "@exidmet/core/seniority/citizen-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.seniority.submit", async (req) => {
  // The Idempotency-Key header, when sent, names the submission as the body's requestKey does.
  const body = req.idempotencyKey && req.body && typeof req.body === "object" && !("requestKey" in req.body) ? { ...req.body, requestKey: req.idempotencyKey } : req.body;
  const { request, created } = await submitSeniorityRequest(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: sfnTimers(), webOrigin: process.env.WEB_ORIGIN ?? "" },
    citizenOf(req),
    body,
  );
  return { status: created ? 201 : 200, body: request };
});
