import { listCompetitions } from "@exidmet/core/competitions/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("competitions.list", async () => ({
  body: { items: await listCompetitions({ store: dynamoStore(), clock: systemClock }) },
}));
