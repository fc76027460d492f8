import { certificateDownloadForOwner } from "@exidmet/core/certificates/lookup";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { s3Files } from "@exidmet/aws/adapters/s3-files";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.certificates.download", async (req) => ({
  body: await certificateDownloadForOwner({ store: dynamoStore(), files: s3Files() }, citizenOf(req).sub, req.params.code),
}));
