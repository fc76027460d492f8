import { listMyRequests } from "@exidmet/core/requests/my-requests";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.requests", async (req) => ({
  body: await listMyRequests({ store: dynamoStore() }, citizenOf(req).sub, req.query),
}));
