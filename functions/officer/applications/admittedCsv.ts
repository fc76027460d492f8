import { admittedCandidatesCsv } from "@exidmet/core/applications/officer-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.applications.admittedCsv", async (req) => {
  const competitionId = req.params.competitionId;
  const csv = await admittedCandidatesCsv({ store: dynamoStore() }, { ...req.query, competitionId });
  return { raw: { body: csv, contentType: "text/csv; charset=utf-8" }, headers: { "content-disposition": `attachment; filename="admitted-${String(competitionId).replace(/[^\w-]/g, "")}.csv"` } };
});
