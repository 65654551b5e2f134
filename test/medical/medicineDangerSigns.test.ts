import { describe, expect, it } from 'vitest';
import { loadDrugClasses } from '../../plugins/medical/knowledge/loadDrugClasses.ts';
import { CONCEPTS } from '../../plugins/medical/safety/concepts.ts';
import { createMedicineDangerRules } from '../../plugins/medical/safety/medicineDangerRules.ts';
import { decide, expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: too much lithium, a serotonin syndrome and a neuroleptic malignant syndrome had no path to
// an alert: nothing read a medicine beside the signs it is dangerous with. The drug table now names
// each class's danger signs, and the rules come from it. Phrasings are our own.
describe("a medicine's danger signs, read from the drug table", () => {
  it('every class with danger signs names known signs and becomes one rule', () => {
    const classes = [...loadDrugClasses().classes].filter(([, c]) => c.dangerSigns);
    expect(classes.length).toBeGreaterThanOrEqual(4);
    for (const [, c] of classes) for (const s of [...c.dangerSigns!.signs, ...(c.dangerSigns!.requiredAny ?? [])]) expect(Object.hasOwn(CONCEPTS, s), s).toBe(true);
    expect(createMedicineDangerRules().map((r) => r.id)).toEqual(classes.map(([id]) => `medicine_danger:${id}`));
  });

  it('the medicine with its danger signs alerts, told or from the profile', () => {
    const cases: [string, string][] = [
      ['I take Priadel for bipolar and since yesterday I keep vomiting and I feel unsteady on my feet', 'medicine_danger:lithium'],
      ['on citalopram and started sumatriptan today, now my legs keep twitching and I am sweating buckets', 'medicine_danger:ssri'],
      ['my brother is on olanzapine, his muscles have gone rigid and he has a temperature of 39.6', 'medicine_danger:antipsychotic'],
      ['mum takes digoxin, she has been sick twice and says everything looks yellow and blurry', 'medicine_danger:digoxin'],
    ];
    for (const [m, rule] of cases) expect(firedRules(m), m).toContain(rule);
    expect(decide('I keep vomiting and feel unsteady on my feet since yesterday', { profile: { currentMedications: [{ name: 'lithium carbonate' }] } }).emergency.fired).toBe(true);
  });

  it('the medicine without its signs, the signs without the medicine, or one mild sign does not', () => {
    expectAlerts(
      [
        'I have been on lithium for years and my hands have a slight tremor, is that normal?',
        'started sertraline last week and I feel a bit sick and sweaty',
        'I have a tummy bug, vomiting and diarrhoea since last night',
        'I stopped my lithium last year; now I have a cold',
      ],
      false,
    );
  });
});
