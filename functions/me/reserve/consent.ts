import { setReserveConsent } from "@exidmet/core/reserve/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.reserve.consent", async (req) => ({ body: await setReserveConsent({ store: dynamoStore(), clock: systemClock }, citizenOf(req), req.params.entryId, req.body) }));
