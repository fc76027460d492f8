import { systemClock } from "@exidmet/core/ports/services";
import { getPersonForAdmin } from "@exidmet/core/register/admin-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.register.get", async (req) => ({
  body: await getPersonForAdmin({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.params.fin),
}));
