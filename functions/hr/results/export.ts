import { exportBodyResults } from "@exidmet/core/results/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("hr.results.export", async (req) => {
  const csv = await exportBodyResults({ store: dynamoStore(), clock: systemClock }, officialOf(req), req.query);
  return { raw: { body: csv, contentType: "text/csv; charset=utf-8" }, headers: { "content-disposition": 'attachment; filename="results.csv"' } };
});
