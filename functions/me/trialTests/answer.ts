import { systemClock } from "@exidmet/core/ports/services";
import { saveAnswer } from "@exidmet/core/trial-tests/attempts";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.trialTests.answer", async (req) => ({
  body: await saveAnswer({ store: dynamoStore(), clock: systemClock }, citizenOf(req), { attemptId: req.params.attemptId, index: req.params.index }, req.body),
}));
