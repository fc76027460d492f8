import { systemClock } from "@exidmet/core/ports/services";
import { registerRequestFileLink } from "@exidmet/core/register/requests";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { s3Files } from "@exidmet/aws/adapters/s3-files";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.registerRequests.file", async (req) => ({
  body: await registerRequestFileLink({ store: dynamoStore(), clock: systemClock, files: s3Files() }, officialOf(req), req.params.requestId, req.params.uploadId),
}));
