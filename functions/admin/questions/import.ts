import { systemClock } from "@exidmet/core/ports/services";
import { importQuestions } from "@exidmet/core/trial-tests/bank";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.questions.import", async (req) => ({
  body: await importQuestions({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.body),
}));
