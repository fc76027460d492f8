import { systemClock } from "@exidmet/core/ports/services";
import { createRegisterRequest } from "@exidmet/core/register/requests";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.register.createRequest", async (req) => {
  const { request, created } = await createRegisterRequest(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: sfnTimers(), webOrigin: process.env.WEB_ORIGIN ?? "" },
    citizenOf(req),
    req.body,
    req.idempotencyKey,
  );
  return { status: created ? 201 : 200, body: request };
});
