import { getMyComplaint } from "@exidmet/core/ethics/citizen-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.complaints.get", async (req) => ({
  body: await getMyComplaint({ store: dynamoStore() }, citizenOf(req), req.params.complaintId),
}));
