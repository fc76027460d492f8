/** Checks the whole port block up front, so a clash is one clear line instead of a child's stack trace. */
import net from "node:net";
import { type Ports, type Service, serviceNames } from "../config.js";
import { LocalCloudError } from "../errors.js";

export function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function assertPortsFree(ports: Ports, host: string, envHint = "EXIDMET_PORT_BASE"): Promise<void> {
  const entries = Object.entries(ports) as [Service, number][];
  const free = await Promise.all(entries.map(([, port]) => isPortFree(port, host)));
  const taken = entries.find((_, i) => !free[i]);
  if (taken) {
    const [service, port] = taken;
    throw new LocalCloudError(
      `Port ${port} (${serviceNames[service]}) is in use — stop what uses it or set ${envHint} to another block`,
    );
  }
}

/** First block at or above `start` (stepping by `step`) whose every port is free; for parallel test runs. */
export async function findFreeBlock(start: number, host: string, portsOf: (base: number) => Ports, step = 10, tries = 30): Promise<number> {
  for (let i = 0; i < tries; i++) {
    const base = start + i * step;
    const ports = Object.values(portsOf(base));
    const free = await Promise.all(ports.map((p) => isPortFree(p, host)));
    if (free.every(Boolean)) return base;
  }
  throw new LocalCloudError(`No free port block found from ${start} (${tries} tries)`);
}
