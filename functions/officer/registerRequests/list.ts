import { systemClock } from "@exidmet/core/ports/services";
import { listRegisterRequests } from "@exidmet/core/register/requests";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.registerRequests.list", async (req) => ({ body: await listRegisterRequests({ store: dynamoStore(), clock: systemClock }, req.query) }));
