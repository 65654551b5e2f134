import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The public vignette set as the project ships it, beside the checkout: the source. */
export const SHARED_PUBLIC_VIGNETTES = fileURLToPath(new URL('../../../shared/vignettes/triage-public.jsonl', import.meta.url));
/** A copy of it, so a clone on its own (no `../shared`) runs the same cases; a test keeps the two equal. */
export const COPIED_PUBLIC_VIGNETTES = fileURLToPath(new URL('./triage-public.jsonl', import.meta.url));
export const PUBLIC_VIGNETTES = existsSync(SHARED_PUBLIC_VIGNETTES) ? SHARED_PUBLIC_VIGNETTES : COPIED_PUBLIC_VIGNETTES;
