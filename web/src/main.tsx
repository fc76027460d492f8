import { render } from "preact";
import { App } from "./app";
import { missingConfig } from "./config";
import "./styles.css";

const missing = missingConfig();
if (missing.length) console.warn(`e-Xidmət: build configuration lacks ${missing.join(", ")}`);

render(<App />, document.getElementById("app")!);
