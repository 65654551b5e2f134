/**
 * A red flag the knowledge base marks decisive (the finding alone is the emergency) raises its
 * condition without a second finding; a knowledge-base wording that holds its own negation ("an
 * erection that won't go down") is a finding, not a denial. Our own phrasings, both sides.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

describe('a decisive red flag', () => {
  it('alerts on its own', () => {
    expectAlerts([
      "I've had a stiff erection for six hours now and it won't go down, it aches badly",
      "my erection won't go away and it's been hours since I took a pill",
      'priapism since about 2am',
      'a painful erection lasting over four hours',
    ], true);
    expect(firedRules('priapism since about 2am')).toContain('kb_likely:priapism');
  });

  it('does not alert on talk about erections that is not one', () => {
    expectAlerts([
      "I can't keep an erection, is sildenafil safe with my blood pressure pills?",
      'my erection problems have gone on for years, who should I see?',
      'woke with an erection this morning, it went away after a few minutes, is that normal at my age?',
    ], false);
  });

  it('is marked only on emergency conditions', () => {
    for (const c of loadKnowledgeBase().conditions) {
      if (c.redFlags.some((r) => r.decisive)) expect(c.typicalTriage, c.id).toBe('emergency');
    }
  });
});
