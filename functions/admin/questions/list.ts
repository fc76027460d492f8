import { listQuestions } from "@exidmet/core/trial-tests/bank";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.questions.list", async (req) => ({
  body: await listQuestions({ store: dynamoStore() }, req.query),
}));
