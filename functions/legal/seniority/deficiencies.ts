import { noTimers, systemClock } from "@exidmet/core/ports/services";
import { sendDeficiencyNotice } from "@exidmet/core/seniority/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.seniority.deficiencies", async (req) => ({
  body: await sendDeficiencyNotice(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: noTimers, webOrigin: process.env.WEB_ORIGIN ?? "" },
    officialOf(req),
    req.params.requestId,
    req.body,
  ),
}));
