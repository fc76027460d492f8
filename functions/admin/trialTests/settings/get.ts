import { getSettings } from "@exidmet/core/trial-tests/bank";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.trialTests.settings.get", async () => ({
  body: await getSettings({ store: dynamoStore() }),
}));
