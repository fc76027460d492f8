import { demoCitizens, demoOfficials } from "@exidmet/local/seed/demo-data";
import { signInAs } from "../setup/local-cloud.js";

export const official = (username: (typeof demoOfficials)[number]["username"]) => {
  const o = demoOfficials.find((x) => x.username === username)!;
  return signInAs("officials", o.username, o.password);
};

export const citizenToken = (index: 0 | 1) => signInAs("citizens", demoCitizens[index].email, demoCitizens[index].password);
export { demoCitizens, demoOfficials };
