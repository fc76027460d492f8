import { recordTestResult } from "@exidmet/core/results/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.results.recordTest", async (req) => ({
  body: await recordTestResult({ store: dynamoStore(), clock: systemClock, mailer: sesMailer(), webOrigin: process.env.WEB_ORIGIN ?? "" }, officialOf(req), req.params.applicationId, req.body),
}));
