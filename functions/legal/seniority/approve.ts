import { noTimers, systemClock } from "@exidmet/core/ports/services";
import { prepareCertificate } from "@exidmet/core/certificates/usecases";
import { approveSeniorityRequest } from "@exidmet/core/seniority/legal-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { s3Files } from "@exidmet/aws/adapters/s3-files";
import { sesMailerWithAttachments as sesMailer } from "@exidmet/aws/adapters/ses-mailer-attachments";
import { httpRoute, officialOf } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("legal.seniority.approve", async (req) => ({
  body: await approveSeniorityRequest(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: noTimers, files: s3Files(), webOrigin: process.env.WEB_ORIGIN ?? "", issueCertificate: prepareCertificate },
    officialOf(req),
    req.params.requestId,
    req.body,
  ),
}));
