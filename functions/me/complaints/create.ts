import { systemClock } from "@exidmet/core/ports/services";
import { createComplaint } from "@exidmet/core/ethics/citizen-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.complaints.create", async (req) => {
  const { complaint, created } = await createComplaint({ store: dynamoStore(), clock: systemClock }, citizenOf(req), req.body, req.idempotencyKey);
  return { status: created ? 201 : 200, body: complaint };
});
