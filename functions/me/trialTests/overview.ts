import { systemClock } from "@exidmet/core/ports/services";
import { trialOverview } from "@exidmet/core/trial-tests/attempts";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.trialTests.overview", async (req) => ({
  body: await trialOverview({ store: dynamoStore(), clock: systemClock }, citizenOf(req)),
}));
