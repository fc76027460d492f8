import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { deadlineHandlers } from "@exidmet/core/deadlines/registry";
import { fireMissedDeadlines } from "@exidmet/core/deadlines/sweep";
import { overdueDeadlinesMetric } from "@exidmet/core/infra/resources";
import { deliverNow } from "@exidmet/core/notifications/outbox";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { s3Files } from "@exidmet/aws/adapters/s3-files";
import { sesMailerWithAttachments as sesMailer } from "@exidmet/aws/adapters/ses-mailer-attachments";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { logger } from "@exidmet/aws/http/logger";

const metrics = new Metrics({ namespace: overdueDeadlinesMetric.namespace, serviceName: overdueDeadlinesMetric.dimensions.service });

/** Every minute: fires deadlines whose timer was lost or fired before the deadline was committed. */
export const handler = async () => {
  const ctx = { store: dynamoStore(), clock: systemClock, timers: sfnTimers(), mailer: sesMailer(), files: s3Files(), webOrigin: process.env.WEB_ORIGIN ?? "" };
  const result = await fireMissedDeadlines(ctx, deadlineHandlers);
  if (result.overdue) {
    metrics.addMetric(overdueDeadlinesMetric.metricName, MetricUnit.Count, result.overdue);
    metrics.publishStoredMetrics();
  }
  await deliverNow(ctx, result.writes);
  if (result.fired) logger.info("deadline sweep", { fired: result.fired, overdue: result.overdue });
  return { fired: result.fired, overdue: result.overdue };
};
