import { systemClock } from "@exidmet/core/ports/services";
import { submitComplaint } from "@exidmet/core/ethics/citizen-usecases";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailer } from "@exidmet/aws/adapters/ses-mailer";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { citizenOf, httpRoute } from "@exidmet/aws/http/route-handler";

export const handler = httpRoute("me.complaints.submit", async (req) => {
  const { complaint, created } = await submitComplaint(
    { store: dynamoStore(), clock: systemClock, mailer: sesMailer(), timers: sfnTimers(), webOrigin: process.env.WEB_ORIGIN ?? "" },
    citizenOf(req),
    req.params.complaintId,
    req.body,
  );
  return { status: created ? 201 : 200, body: complaint };
});
