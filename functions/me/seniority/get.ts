import { getMySeniorityRequest } from "@exidmet/core/seniority/citizen-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.seniority.get", async (req) => ({
  body: await getMySeniorityRequest({ store: dynamoStore() }, citizenOf(req), req.params.requestId),
}));
