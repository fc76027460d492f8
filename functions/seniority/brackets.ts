import { systemClock } from "@exidmet/core/ports/services";
import { listBrackets } from "@exidmet/core/seniority/brackets";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("seniority.brackets", async () => ({
  body: await listBrackets({ store: dynamoStore(), clock: systemClock }),
  headers: { "cache-control": "public, max-age=60" },
}));
