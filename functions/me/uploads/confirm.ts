import { systemClock } from "@exidmet/core/ports/services";
import { confirmUpload } from "@exidmet/core/uploads/uploads";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { s3Files } from "@exidmet/aws/adapters/s3-files";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.uploads.confirm", async (req) => {
  const file = await confirmUpload({ store: dynamoStore(), files: s3Files(), clock: systemClock }, citizenOf(req).sub, req.params.uploadId ?? "");
  // The storage key stays on the server.
  return { body: { uploadId: file.uploadId, fileName: file.fileName, contentType: file.contentType, size: file.size } };
});
