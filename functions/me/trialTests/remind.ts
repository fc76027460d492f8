import { systemClock } from "@exidmet/core/ports/services";
import { requestRetakeReminder } from "@exidmet/core/trial-tests/attempts";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.trialTests.remind", async (req) => ({
  body: await requestRetakeReminder({ store: dynamoStore(), clock: systemClock, timers: sfnTimers(), webOrigin: process.env.WEB_ORIGIN ?? "" }, citizenOf(req)),
}));
