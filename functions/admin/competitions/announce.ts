import { announceCompetition } from "@exidmet/core/competitions/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.competitions.announce", async (req) => {
  const { competition, created } = await announceCompetition(
    { store: dynamoStore(), clock: systemClock, timers: sfnTimers() },
    officialOf(req),
    req.body,
    req.idempotencyKey,
  );
  return { status: created ? 201 : 200, body: competition };
});
