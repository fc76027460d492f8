import { systemClock } from "@exidmet/core/ports/services";
import { updateQuestion } from "@exidmet/core/trial-tests/bank";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.questions.update", async (req) => ({
  body: await updateQuestion({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.params.questionId, req.body),
}));
