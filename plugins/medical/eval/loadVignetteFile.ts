/**
 * Reads a vignette file of either format, told apart by its fields: chat messages (`message`,
 * `expected_triage`; shared/vignettes/README.md) or external clinical vignettes (`correct_diagnosis`;
 * shared/vignettes/external/README.md). Every error names the file and the physical line.
 */
import { readFileSync } from 'node:fs';
import { parseChatCase, type Vignette } from './loadVignettes.ts';
import { parseExternalCase, type ExternalVignette } from './parseExternalVignettes.ts';

export type VignetteFile =
  | { readonly format: 'chat'; readonly path: string; readonly cases: readonly Vignette[] }
  | { readonly format: 'external'; readonly path: string; readonly cases: readonly ExternalVignette[] };

export function loadVignetteFile(path: string): VignetteFile {
  return parseVignetteFile(readFileSync(path, 'utf8'), path);
}

export function parseVignetteFile(text: string, path: string): VignetteFile {
  const lines = text.split('\n').map((raw, i) => ({ line: i + 1, raw: raw.trim() })).filter((l) => l.raw.length > 0);
  const first = lines[0];
  if (first === undefined) throw new Error(`${path}: no vignettes`);
  const json = lines.map(({ line, raw }) => ({ line, value: parseLine(raw, `${path} line ${line}`) }));
  const format = detectFormat(json[0]?.value, `${path} line ${first.line}`);
  if (format === 'chat') return { format, path, cases: json.map(({ line, value }) => parseChatCase(value, `${path} line ${line}`)) };
  return { format, path, cases: json.map(({ line, value }) => parseExternalCase(value, line, `${path} line ${line}`)) };
}

function parseLine(raw: string, where: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new Error(`${where}: not JSON: ${(error as Error).message}`);
  }
}

/** The first line decides; every later line is validated against that format, so a mixed file fails. */
function detectFormat(value: unknown, where: string): 'chat' | 'external' {
  if (typeof value === 'object' && value !== null) {
    if ('message' in value) return 'chat';
    if ('correct_diagnosis' in value) return 'external';
  }
  throw new Error(`${where}: unknown vignette format (expected a chat case with "message" or an external vignette with "correct_diagnosis")`);
}
