import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { fireDeadline } from "@exidmet/core/deadlines/fire";
import { deadlineHandlers } from "@exidmet/core/deadlines/registry";
import { overdueDeadlinesMetric } from "@exidmet/core/infra/resources";
import { deliverNow } from "@exidmet/core/notifications/outbox";
import { systemClock } from "@exidmet/core/ports/services";
import { dynamoStore } from "@exidmet/aws/adapters/dynamo-store";
import { s3Files } from "@exidmet/aws/adapters/s3-files";
import { sesMailerWithAttachments as sesMailer } from "@exidmet/aws/adapters/ses-mailer-attachments";
import { sfnTimers } from "@exidmet/aws/adapters/sfn-timers";
import { logger } from "@exidmet/aws/http/logger";
import * as z from "zod";

const metrics = new Metrics({ namespace: overdueDeadlinesMetric.namespace, serviceName: overdueDeadlinesMetric.dimensions.service });
const eventSchema = z.object({ deadlineKey: z.object({ pk: z.string().min(1), sk: z.string().min(1) }), dueAt: z.string().min(1) });

/** Called by the deadline state machine when a deadline is due. Idempotent by design (see fireDeadline). */
export const handler = async (raw: unknown) => {
  const event = eventSchema.parse(raw);
  const ctx = { store: dynamoStore(), clock: systemClock, timers: sfnTimers(), mailer: sesMailer(), files: s3Files(), webOrigin: process.env.WEB_ORIGIN ?? "" };
  const result = await fireDeadline(ctx, deadlineHandlers, event);
  logger.info("deadline", { outcome: result.outcome, kind: event.deadlineKey.sk, overdue: result.overdue });
  if (result.overdue) {
    metrics.addMetric(overdueDeadlinesMetric.metricName, MetricUnit.Count, 1);
    metrics.publishStoredMetrics();
  }
  await deliverNow(ctx, result.writes);
  return { outcome: result.outcome };
};
