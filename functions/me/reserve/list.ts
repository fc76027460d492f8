import { listMyReserve } from "@exidmet/core/reserve/usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.reserve.list", async (req) => ({ body: await listMyReserve({ store: dynamoStore() }, citizenOf(req)) }));
