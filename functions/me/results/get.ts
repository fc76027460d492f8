import { getMyResult } from "@exidmet/core/results/usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.results.get", async (req) => ({ body: await getMyResult({ store: dynamoStore() }, citizenOf(req), req.params.applicationId) }));
