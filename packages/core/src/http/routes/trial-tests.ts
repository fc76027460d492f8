/** Service 6: online trial tests. */
import { citizen, officials, route, type RouteDef } from "../route-def.js";

export const trialTestRoutes: readonly RouteDef[] = [
  // The citizen: register and take the test; the answer key never leaves the server before the end.
  route("me.trialTests.overview", "GET", "/me/trial-tests", citizen, { dynamodb: 3 }, "the trial test's composition and time limit, the attempt in progress, past results, the retake date"),
  route("me.trialTests.start", "POST", "/me/trial-tests", citizen, { dynamodb: 9, ses: 1, sfn: 1 }, "fill the registration form and start: questions drawn per the composition (resumes one in progress; refused before the retake date)"),
  route("me.trialTests.get", "GET", "/me/trial-tests/{attemptId}", citizen, { dynamodb: 4, sfn: 1 }, "one own attempt with the time left (resume); past its end the read finishes it; the result and review once finished"),
  route("me.trialTests.answer", "PUT", "/me/trial-tests/{attemptId}/answers/{index}", citizen, { dynamodb: 2 }, "save one answer as it is given (refused after the time limit)"),
  route("me.trialTests.finish", "POST", "/me/trial-tests/{attemptId}/finish", citizen, { dynamodb: 4, sfn: 1 }, "finish: scored on the server at once; the certificate follows (rendered by the deadline function) with the result e-mail"),
  route("me.trialTests.remind", "POST", "/me/trial-tests/retake-reminder", citizen, { dynamodb: 3, sfn: 1 }, "ask to be e-mailed on the day a retake becomes possible"),

  // The Commission admin: the question bank and the test's settings.
  route("admin.questions.list", "GET", "/admin/questions", officials("admin"), { dynamodb: 1 }, "a topic's questions (with the right answers), paged"),
  route("admin.questions.create", "POST", "/admin/questions", officials("admin"), { dynamodb: 3 }, "add a question (drawn in later tests while active)"),
  route("admin.questions.update", "PUT", "/admin/questions/{questionId}", officials("admin"), { dynamodb: 3 }, "edit a question, its right answer, topic or active state"),
  route("admin.questions.retire", "POST", "/admin/questions/{questionId}/retire", officials("admin"), { dynamodb: 3 }, "retire a question: no longer drawn; past tests keep it"),
  route("admin.questions.import", "POST", "/admin/questions/import", officials("admin"), { dynamodb: 20 }, "import questions from CSV (≤ 500 rows): every row valid or nothing written, row-level errors; re-importing changes nothing"),
  route("admin.trialTests.settings.get", "GET", "/admin/trial-tests/settings", officials("admin"), { dynamodb: 2 }, "the test's composition per topic and time limit, with the active questions per topic"),
  route("admin.trialTests.settings.put", "PUT", "/admin/trial-tests/settings", officials("admin"), { dynamodb: 3 }, "change the composition per topic and the time limit"),
];
