import { systemClock } from "@exidmet/core/ports/services";
import { putSettings } from "@exidmet/core/trial-tests/bank";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.trialTests.settings.put", async (req) => ({
  body: await putSettings({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.body),
}));
