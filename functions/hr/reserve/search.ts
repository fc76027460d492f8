import { searchReserve } from "@exidmet/core/reserve/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("hr.reserve.search", async (req) => ({ body: await searchReserve({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.query) }));
