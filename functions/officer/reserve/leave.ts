import { leaveReserve } from "@exidmet/core/reserve/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.reserve.leave", async (req) => ({
  body: await leaveReserve({ store: dynamoStore(), clock: systemClock, mailer: sesMailer(), webOrigin: process.env.WEB_ORIGIN ?? "" }, officialOf(req), req.params.entryId, req.body),
}));
