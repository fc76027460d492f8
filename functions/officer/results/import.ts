import { importResults } from "@exidmet/core/results/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.results.import", async (req) => {
  const result = await importResults({ store: dynamoStore(), clock: systemClock, webOrigin: process.env.WEB_ORIGIN ?? "" }, officialOf(req), req.body);
  return { status: result.alreadyImported ? 200 : 201, body: result };
});
