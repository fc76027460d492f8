import { submitApplication } from "@exidmet/core/applications/citizen-usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.applications.submit", async (req) => {
  const { application, created } = await submitApplication(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), webOrigin: process.env.WEB_ORIGIN ?? "" },
    citizenOf(req),
    req.params.vacancyId,
    req.body,
  );
  return { status: created ? 201 : 200, body: application };
});
