import { listStateBodies } from "@exidmet/core/directory/state-bodies";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("stateBodies.list", async () => ({ body: { items: await listStateBodies({ store: dynamoStore() }) } }));
