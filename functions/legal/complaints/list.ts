import { systemClock } from "@exidmet/core/ports/services";
import { listComplaintQueue } from "@exidmet/core/ethics/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.complaints.list", async (req) => ({
  body: await listComplaintQueue({ store: dynamoStore(), clock: systemClock }, req.query),
}));
