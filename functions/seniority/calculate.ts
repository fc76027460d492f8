import { systemClock } from "@exidmet/core/ports/services";
import { calculateSeniority } from "@exidmet/core/seniority/citizen-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("seniority.calculate", async (req) => ({
  body: await calculateSeniority({ store: dynamoStore(), clock: systemClock }, req.body),
}));
