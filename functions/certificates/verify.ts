import { verifyCertificate } from "@exidmet/core/certificates/lookup";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("certificates.verify", async (req) => ({
  body: await verifyCertificate({ store: dynamoStore() }, req.params.code),
  // Certificates do not change; a short cache spares repeated scans of the same QR code.
  headers: { "cache-control": "public, max-age=60" },
}));
