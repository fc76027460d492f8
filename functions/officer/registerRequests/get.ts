import { systemClock } from "@exidmet/core/ports/services";
import { getRegisterRequestForOfficer } from "@exidmet/core/register/requests";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.registerRequests.get", async (req) => ({
  body: await getRegisterRequestForOfficer({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.params.requestId),
}));
