import { systemClock } from "@exidmet/core/ports/services";
import { addBracketVersion } from "@exidmet/core/seniority/brackets";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.seniority.brackets.add", async (req) => ({
  status: 201,
  body: await addBracketVersion({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.body),
}));
