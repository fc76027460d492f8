import { systemClock } from "@exidmet/core/ports/services";
import { getMyRegisterRequest } from "@exidmet/core/register/requests";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.register.getRequest", async (req) => ({
  body: await getMyRegisterRequest({ store: dynamoStore(), clock: systemClock }, citizenOf(req), req.params.requestId),
}));
