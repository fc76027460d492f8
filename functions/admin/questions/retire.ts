import { systemClock } from "@exidmet/core/ports/services";
import { retireQuestion } from "@exidmet/core/trial-tests/bank";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.questions.retire", async (req) => ({
  body: await retireQuestion({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.params.questionId),
}));
