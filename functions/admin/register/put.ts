import { systemClock } from "@exidmet/core/ports/services";
import { putPerson } from "@exidmet/core/register/admin-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.register.put", async (req) => {
  const result = await putPerson({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.params.fin, req.body);
  return { status: result.created ? 201 : 200, body: result };
});
