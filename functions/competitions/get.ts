import { getCompetition } from "@exidmet/core/competitions/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("competitions.get", async (req) => ({
  body: await getCompetition({ store: dynamoStore(), clock: systemClock }, req.params.competitionId ?? ""),
}));
