/** Matches `METHOD /path` against the route table's templates (`/competitions/{competitionId}`, `{proxy+}`). */
import type { RouteDef } from "@exidmet/core/http/routes";

export interface RouteMatch {
  route: RouteDef;
  pathParameters: Record<string, string>;
}

interface Compiled {
  route: RouteDef;
  regex: RegExp;
  names: string[];
  /** API Gateway prefers the most specific route: more literal segments first. */
  literals: number;
}

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, "\\$&");

export function compileRoutes(routes: readonly RouteDef[]): (method: string, path: string) => RouteMatch | undefined {
  const compiled: Compiled[] = routes.map((route) => {
    const names: string[] = [];
    let literals = 0;
    const pattern = route.path
      .split("/")
      .map((segment) => {
        const greedy = /^\{([A-Za-z0-9_]+)\+\}$/.exec(segment);
        if (greedy) {
          names.push(greedy[1]!);
          return "(.+)";
        }
        const variable = /^\{([A-Za-z0-9_]+)\}$/.exec(segment);
        if (variable) {
          names.push(variable[1]!);
          return "([^/]+)";
        }
        if (segment) literals++;
        return escape(segment);
      })
      .join("/");
    return { route, regex: new RegExp(`^${pattern}/?$`), names, literals };
  });
  compiled.sort((a, b) => b.literals - a.literals);

  return (method, path) => {
    for (const c of compiled) {
      if (c.route.method !== method) continue;
      const m = c.regex.exec(path);
      if (!m) continue;
      const pathParameters: Record<string, string> = {};
      c.names.forEach((name, i) => {
        const raw = m[i + 1]!;
        try {
          pathParameters[name] = decodeURIComponent(raw);
        } catch {
          pathParameters[name] = raw;
        }
      });
      return { route: c.route, pathParameters };
    }
    return undefined;
  };
}
