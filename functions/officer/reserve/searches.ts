import { listReserveSearches } from "@exidmet/core/reserve/usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.reserve.searches", async (req) => ({ body: await listReserveSearches({ store: dynamoStore() }, req.query) }));
