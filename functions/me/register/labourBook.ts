import { systemClock } from "@exidmet/core/ports/services";
import { attachLabourBook } from "@exidmet/core/register/requests";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.register.labourBook", async (req) => ({
  body: await attachLabourBook({ store: dynamoStore(), clock: systemClock, mailer: sesMailer(), webOrigin: process.env.WEB_ORIGIN ?? "" }, citizenOf(req), req.params.requestId, req.body),
}));
