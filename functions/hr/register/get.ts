import { systemClock } from "@exidmet/core/ports/services";
import { getPersonForHr } from "@exidmet/core/register/read-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("hr.register.get", async (req) => ({
  body: await getPersonForHr({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.params.fin),
}));
