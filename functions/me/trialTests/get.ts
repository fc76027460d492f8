import { systemClock } from "@exidmet/core/ports/services";
import { getAttempt } from "@exidmet/core/trial-tests/attempts";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.trialTests.get", async (req) => ({
  body: await getAttempt({ store: dynamoStore(), clock: systemClock, timers: sfnTimers() }, citizenOf(req), req.params.attemptId),
}));
