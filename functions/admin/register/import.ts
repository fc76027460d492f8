import { systemClock } from "@exidmet/core/ports/services";
import { importRegister } from "@exidmet/core/register/admin-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.register.import", async (req) => ({
  body: await importRegister({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.body),
}));
