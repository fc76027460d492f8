import { getHolidayCalendar } from "@exidmet/core/time/holidays";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.holidays.get", async (req) => ({ body: await getHolidayCalendar({ store: dynamoStore() }, req.params.year) }));
