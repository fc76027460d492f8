import { listBodyResults } from "@exidmet/core/results/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("hr.results.list", async (req) => ({ body: await listBodyResults({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.query) }));
