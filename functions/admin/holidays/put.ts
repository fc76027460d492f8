import { systemClock } from "@exidmet/core/ports/services";
import { putHolidayCalendar } from "@exidmet/core/time/holidays";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.holidays.put", async (req) => ({
  body: await putHolidayCalendar({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.params.year, req.body),
}));
