import { sweepOutbox } from "@exidmet/core/notifications/outbox";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { sesMailerWithAttachments as sesMailer } from "@exidmet/aws/adapters/ses-mailer-attachments";
import { logger } from "@exidmet/aws/http/logger";

/** Every minute: sends e-mails whose first attempt failed (SES down, Lambda stopped mid-way). */
export const handler = async () => {
  const result = await sweepOutbox({ store: dynamoStore(), clock: systemClock, mailer: sesMailer() });
  if (result.sent || result.failed) logger.info("outbox sweep", result);
  return result;
};
