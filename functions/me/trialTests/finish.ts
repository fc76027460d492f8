import { systemClock } from "@exidmet/core/ports/services";
import { finishAttempt } from "@exidmet/core/trial-tests/attempts";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.trialTests.finish", async (req) => ({
  body: await finishAttempt({ store: dynamoStore(), clock: systemClock, timers: sfnTimers() }, citizenOf(req), req.params.attemptId),
}));
