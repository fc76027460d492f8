import { systemClock } from "@exidmet/core/ports/services";
import { bodyStatistics } from "@exidmet/core/register/read-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("hr.register.stats", async (req) => ({
  body: await bodyStatistics({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.query),
}));
