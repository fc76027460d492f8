import { systemClock } from "@exidmet/core/ports/services";
import { createQuestion } from "@exidmet/core/trial-tests/bank";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.questions.create", async (req) => {
  const { question, created } = await createQuestion({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.body);
  return { status: created ? 201 : 200, body: question };
});
