import { listSeniorityQueue } from "@exidmet/core/seniority/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.seniority.list", async (req) => ({
  body: await listSeniorityQueue({ store: dynamoStore() }, req.query),
}));
