/**
 * Alarms (to one SNS topic) and one dashboard: API errors and latency, every function's errors and
 * throttles, failed deadline executions, and deadlines found overdue.
 */
import { Duration } from "aws-cdk-lib";
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  Metric,
  SingleValueWidget,
  TreatMissingData,
  type IMetric,
} from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { use, type StackContext } from "sst/constructs";
import { Api, useApiFunctions } from "./Api.js";
import { overdueDeadlinesMetric } from "../packages/core/src/infra/resources.js";
import { Workflows } from "./Workflows.js";
import { SERVICE_NAME } from "./settings.js";

const period = Duration.minutes(5);

/**
 * Emitted by functions/deadlines/fired.ts with Powertools Metrics, whose `serviceName` becomes the
 * `service` dimension; the alarm must name the same dimensions to see the metric.
 */
export { overdueDeadlinesMetric };

export function Monitoring({ stack, app }: StackContext) {
  const { api } = use(Api);
  const apiFunctions = useApiFunctions();
  const { machine, functions: workflowFunctions } = use(Workflows);
  const functions = { ...apiFunctions, ...workflowFunctions };

  const topic = new Topic(stack, "Alarms", { displayName: `e-Xidmət ${app.stage} alarms` });
  // Optional e-mail subscriber (confirmed by the recipient); other subscribers can be added in the console.
  if (process.env.ALARM_EMAIL) topic.addSubscription(new EmailSubscription(process.env.ALARM_EMAIL));

  const alarm = (id: string, metric: IMetric, description: string, threshold = 1) =>
    new Alarm(stack, id, {
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator:
        threshold === 0 ? ComparisonOperator.GREATER_THAN_THRESHOLD : ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    }).addAlarmAction(new SnsAction(topic));

  const api5xx = api.cdk.httpApi.metricServerError({ period, statistic: "Sum" });
  alarm("Api5xx", api5xx, "The API answered with a 5xx error");

  for (const [name, fn] of Object.entries(functions)) {
    const id = name.replace(/[^A-Za-z0-9]/g, "");
    alarm(`${id}Errors`, fn.metricErrors({ period, statistic: "Sum" }), `${name}: function errors`);
    alarm(`${id}Throttles`, fn.metricThrottles({ period, statistic: "Sum" }), `${name}: function throttled`);
  }

  const failed = machine.metricFailed({ period, statistic: "Sum" });
  alarm("DeadlineExecutionsFailed", failed, "A deadline execution failed after its retries: a deadline was not acted on");

  const overdue = new Metric({ ...overdueDeadlinesMetric, dimensionsMap: overdueDeadlinesMetric.dimensions, period, statistic: "Sum" });
  alarm("OverdueDeadlines", overdue, "A deadline was found overdue", 0);

  new Dashboard(stack, "Dashboard", {
    dashboardName: `${app.stage}-e-xidmet`,
    widgets: [
      [
        new GraphWidget({
          title: "API latency (ms)",
          left: [api.cdk.httpApi.metricLatency({ period, statistic: "p50" }), api.cdk.httpApi.metricLatency({ period, statistic: "p99" })],
        }),
        new GraphWidget({ title: "API requests and 5xx", left: [api.cdk.httpApi.metricCount({ period, statistic: "Sum" })], right: [api5xx] }),
      ],
      [
        new GraphWidget({
          title: "Lambda errors",
          width: 24,
          left: Object.entries(functions).map(([name, fn]) => fn.metricErrors({ period, statistic: "Sum", label: name })),
        }),
      ],
      [
        new GraphWidget({
          title: "Deadline executions",
          left: [
            machine.metricStarted({ period, statistic: "Sum" }),
            machine.metricSucceeded({ period, statistic: "Sum" }),
            failed,
          ],
        }),
        new SingleValueWidget({ title: "Overdue deadlines (last 5 min)", metrics: [overdue] }),
      ],
    ],
  });

  return { topic };
}
