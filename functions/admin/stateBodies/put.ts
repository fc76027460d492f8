import { putStateBody } from "@exidmet/core/directory/state-bodies";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.stateBodies.put", async (req) => {
  const { body, created } = await putStateBody({ store: dynamoStore(), clock: systemClock }, officialOf(req).username, req.params.bodyId, req.body);
  return { status: created ? 201 : 200, body };
});
