import { systemClock } from "@exidmet/core/ports/services";
import { recordComplaintResult } from "@exidmet/core/ethics/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.complaints.result", async (req) => ({
  body: await recordComplaintResult(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: sfnTimers(), webOrigin: process.env.WEB_ORIGIN ?? "" },
    officialOf(req),
    req.params.complaintId,
    req.body,
  ),
}));
