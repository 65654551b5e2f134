import type { ProtocolDocs, TypeEntry } from './buildProtocolDocs.ts';
import type { JsonSchema } from './toJsonSchema.ts';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const json = (value: unknown) => `<pre>${escape(JSON.stringify(value, null, 2))}</pre>`;

/** A short type label for one property of a generated JSON Schema. */
function typeLabel(schema: JsonSchema): string {
  if ('const' in schema) return JSON.stringify(schema['const']);
  if (Array.isArray(schema['enum'])) return (schema['enum'] as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(schema['anyOf'])) return (schema['anyOf'] as JsonSchema[]).map(typeLabel).join(' | ');
  const type = schema['type'];
  if (type === 'array') return `${typeLabel((schema['items'] as JsonSchema | undefined) ?? {})}[]`;
  if (Array.isArray(type)) return type.join(' | ');
  return typeof type === 'string' ? type : 'any';
}

function fieldsTable(schema: JsonSchema): string {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  const rows = Object.entries(properties)
    .map(([name, p]) => `<tr><td><code>${escape(name)}</code></td><td>${escape(typeLabel(p))}</td><td>${required.has(name) ? 'yes' : ''}</td></tr>`)
    .join('');
  return `<table><thead><tr><th>Field</th><th>Type</th><th>Required</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function typeSection(endpointId: string, entry: TypeEntry): string {
  return `<section id="${escape(`${endpointId}-${entry.type}`)}">
<h4><code>${escape(entry.type)}</code></h4>
<p>${escape(entry.summary)}</p>
${fieldsTable(entry.schema)}
<h5>Example${entry.examples.length > 1 ? 's' : ''}</h5>
${entry.examples.map(json).join('\n')}
<details><summary>JSON Schema</summary>${json(entry.schema)}</details>
</section>`;
}

/** `GET /api/docs` as a self-contained page: no scripts, no external resources. */
export function renderDocsHtml(docs: ProtocolDocs): string {
  const endpoints = docs.endpoints
    .map(
      (e) => `<section id="${e.id}">
<h2>${escape(e.title)}: ${e.paths.map((p) => `<code>${escape(p)}</code>`).join(', ')}</h2>
<p>${escape(e.description)}</p>
${e.sections.map((s) => `<h3>${escape(s.title)} (${s.direction})</h3>\n${s.types.map((t) => typeSection(e.id, t)).join('\n')}`).join('\n')}
</section>`,
    )
    .join('\n');
  const errors = docs.errorTypes
    .map((e) => `<tr><td><code>${escape(e.type)}</code></td><td>${escape(e.when)}</td><td>${escape(e.retry)}</td></tr>`)
    .join('');
  const codes = docs.turnErrorCodes.map((c) => `<tr><td><code>${escape(c.code)}</code></td><td><code>${escape(c.errorType)}</code></td></tr>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(docs.title)}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
pre { background: #f4f4f4; padding: .6rem; overflow-x: auto; font-size: 13px; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { border: 1px solid #ccc; padding: .2rem .5rem; text-align: left; vertical-align: top; }
section section { border-top: 1px solid #e3e3e3; }
</style>
</head>
<body>
<h1>${escape(docs.title)} <small>${escape(docs.version)}</small></h1>
<p>Generated from the gateway's zod schemas. Machine-readable: <a href="/api/docs?format=json">/api/docs?format=json</a>, and the compat protocol as AsyncAPI 3: <a href="/api/asyncapi.json">/api/asyncapi.json</a>.</p>
<ul>${docs.endpoints.map((e) => `<li><a href="#${e.id}">${escape(e.title)}</a></li>`).join('')}<li><a href="#errors">Error types</a></li></ul>
${endpoints}
<section id="errors">
<h2>Error types (compat <code>error_type</code>)</h2>
<p>The set is stable: a new failure maps onto one of these, and the engine's own code travels in <code>code</code>.</p>
<table><thead><tr><th>error_type</th><th>When</th><th>Retry?</th></tr></thead><tbody>${errors}</tbody></table>
<h3>Turn error codes</h3>
<p>Codes of fatal <code>error</code> events (tRPC <code>errorType</code>, compat <code>code</code>) and the <code>error_type</code> each becomes.</p>
<table><thead><tr><th>code</th><th>error_type</th></tr></thead><tbody>${codes}</tbody></table>
</section>
</body>
</html>
`;
}
