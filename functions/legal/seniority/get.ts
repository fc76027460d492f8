import { systemClock } from "@exidmet/core/ports/services";
import { getSeniorityForOfficer } from "@exidmet/core/seniority/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { s3Files } from "@exidmet/aws/adapters/s3-files";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.seniority.get", async (req) => ({
  body: await getSeniorityForOfficer({ store: dynamoStore(), clock: systemClock, files: s3Files() }, officialOf(req), req.params.requestId),
}));
