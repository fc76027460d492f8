import { saveDraft } from "@exidmet/core/applications/citizen-usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.applications.saveDraft", async (req) => ({
  body: await saveDraft({ store: dynamoStore(), clock: systemClock }, citizenOf(req), req.params.vacancyId, req.body),
}));
