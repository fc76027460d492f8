import { systemClock } from "@exidmet/core/ports/services";
import { startUpload } from "@exidmet/core/uploads/uploads";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { s3Files } from "@exidmet/aws/adapters/s3-files";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.uploads.start", async (req) => ({
  status: 201,
  body: await startUpload({ store: dynamoStore(), files: s3Files(), clock: systemClock }, citizenOf(req).sub, req.body),
}));
