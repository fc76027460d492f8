import { systemClock } from "@exidmet/core/ports/services";
import { startAttempt } from "@exidmet/core/trial-tests/attempts";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.trialTests.start", async (req) => {
  const { attempt, created } = await startAttempt(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: sfnTimers(), webOrigin: process.env.WEB_ORIGIN ?? "" },
    citizenOf(req),
    req.body,
  );
  return { status: created ? 201 : 200, body: attempt };
});
