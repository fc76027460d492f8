import { getApplicationForOfficer } from "@exidmet/core/applications/officer-usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.applications.get", async (req) => ({
  body: await getApplicationForOfficer({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.params.applicationId),
}));
