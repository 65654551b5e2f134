import { Observable } from 'rxjs';
import { z } from 'zod';
import { defineAgentPlugin, type PluginEmission } from '@medchat/plugin-sdk';
import { checkAllergies, type AllergyConflict } from './checkAllergies.ts';
import { DRUGS, drugEntrySchema } from './drugLexicon.ts';

/** Session state: conflicts already announced, so the status is not repeated on every turn. */
interface AllergyCheckState {
  readonly announced: readonly string[];
}

/**
 * Notices the medicines a patient asks about (and the ones their profile says they take) and checks
 * them against the profile's drug allergies. Later agents and the answer stage read the result;
 * a new conflict also raises an `allergy_conflict` status so a client can show it at once.
 */
export default defineAgentPlugin({
  name: 'allergy-check',
  version: '1.0.0',
  apiVersion: 1,
  status: 'checking_allergies',
  after: ['emergency'],
  timeoutMs: 2_000,
  description: 'Checks medicines in the message and profile against drug allergies (same drug, class, cross-reactivity)',
  config: z
    .object({
      /** A local formulary: extra medicines (brand names, classes) to recognise. */
      extraDrugs: z.array(drugEntrySchema).max(500).default([]),
      /** Also check the medications the profile lists, not only the ones in the message. */
      checkProfileMedications: z.boolean().default(true),
      /** Flag classes with a small cross-reactivity (penicillins and cephalosporins) as cautions. */
      crossReactivity: z.boolean().default(true),
    })
    .strict(),
  run(ctx) {
    const allergies = ctx.profile?.allergies?.drug ?? [];
    const { mentioned, conflicts } = checkAllergies({
      message: ctx.message,
      medications: ctx.config.checkProfileMedications ? (ctx.profile?.currentMedications ?? []).map((m) => m.name) : [],
      allergies,
      lexicon: [...DRUGS, ...ctx.config.extraDrugs],
      crossReactivity: ctx.config.crossReactivity,
    });
    const announced = new Set(ctx.state.get<AllergyCheckState>()?.announced ?? []);
    const fresh = conflicts.filter((c) => !announced.has(keyOf(c)));
    if (fresh.length > 0) ctx.state.set({ announced: [...announced, ...fresh.map(keyOf)] } satisfies AllergyCheckState);
    // Counts only: drug names and allergies are health data and never go to the logs.
    ctx.log.debug({ mentioned: mentioned.length, allergies: allergies.length, conflicts: conflicts.length, fresh: fresh.length }, 'allergy check done');

    return new Observable<PluginEmission>((subscriber) => {
      if (fresh.length > 0) {
        const avoid = fresh.filter((c) => c.kind !== 'cross_reactive').length;
        subscriber.next({ type: 'status', status: 'allergy_conflict', details: { avoid, caution: fresh.length - avoid } });
      }
      for (const c of conflicts) subscriber.next({ type: 'audit', rule: c.kind, detail: `${c.drug} (${c.source}) vs allergy "${c.allergy}"` });
      subscriber.next({ type: 'result', data: { mentioned, conflicts } });
      subscriber.complete();
    });
  },
});

function keyOf(conflict: AllergyConflict): string {
  return `${conflict.drug}|${conflict.allergy.toLowerCase()}`;
}
