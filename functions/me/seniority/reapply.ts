import { systemClock } from "@exidmet/core/ports/services";
import { reapplySeniorityRequest } from "@exidmet/core/seniority/citizen-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.seniority.reapply", async (req) => {
  const { request } = await reapplySeniorityRequest(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: sfnTimers(), webOrigin: process.env.WEB_ORIGIN ?? "" },
    citizenOf(req),
    req.params.requestId,
    req.body,
  );
  return { body: request };
});
