import { systemClock } from "@exidmet/core/ports/services";
import { answerRegisterRequest } from "@exidmet/core/register/requests";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.registerRequests.answer", async (req) => ({
  body: await answerRegisterRequest({ store: dynamoStore(), clock: systemClock, mailer: sesMailer(), webOrigin: process.env.WEB_ORIGIN ?? "" }, officialOf(req), req.params.requestId, req.body),
}));
