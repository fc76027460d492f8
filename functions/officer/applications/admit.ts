import { admitApplication } from "@exidmet/core/applications/officer-usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("officer.applications.admit", async (req) => ({
  body: await admitApplication({ store: dynamoStore(), clock: systemClock, mailer: sesMailer() }, officialOf(req), req.params.applicationId, req.body),
}));
