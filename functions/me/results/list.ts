import { listMyResults } from "@exidmet/core/results/usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.results.list", async (req) => ({ body: await listMyResults({ store: dynamoStore() }, citizenOf(req), req.query) }));
