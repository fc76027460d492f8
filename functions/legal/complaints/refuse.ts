import { noTimers, systemClock } from "@exidmet/core/ports/services";
import { refuseComplaint } from "@exidmet/core/ethics/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.complaints.refuse", async (req) => ({
  body: await refuseComplaint(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: noTimers, webOrigin: process.env.WEB_ORIGIN ?? "" },
    officialOf(req),
    req.params.complaintId,
    req.body,
  ),
}));
