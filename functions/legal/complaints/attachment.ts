import { systemClock } from "@exidmet/core/ports/services";
import { complaintAttachmentLink } from "@exidmet/core/ethics/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { s3Files } from "@exidmet/aws/adapters/s3-files";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.complaints.attachment", async (req) => ({
  body: await complaintAttachmentLink({ store: dynamoStore(), clock: systemClock, files: s3Files() }, officialOf(req), req.params.complaintId, req.params.uploadId),
}));
