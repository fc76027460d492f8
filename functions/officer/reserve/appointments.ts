import { recordAppointments } from "@exidmet/core/reserve/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.reserve.appointments", async (req) => ({
  body: await recordAppointments({ store: dynamoStore(), clock: systemClock, webOrigin: process.env.WEB_ORIGIN ?? "" }, officialOf(req), req.params.competitionId ?? "", req.body),
}));
