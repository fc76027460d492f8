import { systemClock } from "@exidmet/core/ports/services";
import { saveComplaintDraft } from "@exidmet/core/ethics/citizen-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.complaints.saveDraft", async (req) => ({
  body: await saveComplaintDraft({ store: dynamoStore(), clock: systemClock }, citizenOf(req), req.params.complaintId, req.body),
}));
