import { systemClock } from "@exidmet/core/ports/services";
import { refuseSeniorityRequest } from "@exidmet/core/seniority/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.seniority.refuse", async (req) => ({
  body: await refuseSeniorityRequest(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: sfnTimers(), webOrigin: process.env.WEB_ORIGIN ?? "" },
    officialOf(req),
    req.params.requestId,
    req.body,
  ),
}));
