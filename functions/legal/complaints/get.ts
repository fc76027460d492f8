import { systemClock } from "@exidmet/core/ports/services";
import { getComplaintForLegal } from "@exidmet/core/ethics/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.complaints.get", async (req) => ({
  body: await getComplaintForLegal({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.params.complaintId),
}));
