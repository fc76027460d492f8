import { listCompetitionResults } from "@exidmet/core/results/usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.results.list", async (req) => ({ body: await listCompetitionResults({ store: dynamoStore() }, req.query) }));
