import { getMyRecord } from "@exidmet/core/register/read-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.register.get", async (req) => ({ body: await getMyRecord({ store: dynamoStore() }, citizenOf(req)) }));
