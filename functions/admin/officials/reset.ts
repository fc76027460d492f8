import { resetOfficialPassword } from "@exidmet/core/officials/usecases";
import { systemClock } from "@exidmet/core/ports/services";
import { cognitoDirectory } from "@exidmet/aws/adapters/cognito-directory";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("admin.officials.reset", async (req) => ({
  body: await resetOfficialPassword(
    { store: dynamoStore(), clock: systemClock, directory: cognitoDirectory(), mailer: sesMailer(), webOrigin: process.env.WEB_ORIGIN ?? "" },
    officialOf(req),
    req.params.username,
  ),
}));
