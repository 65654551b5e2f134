import { describe, expect, it } from 'vitest';
import { createPluginTestKit } from '@medchat/plugin-sdk/testing';
import allergyCheck from './index.ts';

const penicillinAllergy = { allergies: { drug: ['Penicillin'] } };

describe('allergy-check', () => {
  it('flags a medicine of the class the patient is allergic to', async () => {
    const kit = await createPluginTestKit(allergyCheck);
    const report = await kit.run({ message: 'Can I take amoxicillin for my sore throat?', profile: penicillinAllergy });
    expect(report.error).toBeUndefined();
    expect(report.statuses).toEqual([{ status: 'allergy_conflict', details: { avoid: 1, caution: 0 } }]);
    expect(report.result).toEqual({
      mentioned: [{ drug: 'amoxicillin', source: 'message' }],
      conflicts: [
        {
          drug: 'amoxicillin',
          source: 'message',
          allergy: 'Penicillin',
          kind: 'same_class',
          drugClass: 'penicillin',
          advice: expect.stringContaining('do not suggest it'),
        },
      ],
    });
    expect(report.audit).toEqual([{ rule: 'same_class', detail: 'amoxicillin (message) vs allergy "Penicillin"' }]);
  });

  it('knows brand names and checks the medications the profile lists', async () => {
    const kit = await createPluginTestKit(allergyCheck);
    const profile = { currentMedications: [{ name: 'Augmentin', dose: '625 mg' }], allergies: { drug: ['aspirin', 'amoxicillin'] } };
    const report = await kit.run({ message: 'Is Advil ok for a headache?', profile });
    expect(report.result).toMatchObject({
      mentioned: [{ drug: 'ibuprofen', source: 'message' }, { drug: 'amoxicillin', source: 'profile' }],
      conflicts: [
        { drug: 'ibuprofen', allergy: 'aspirin', kind: 'same_class', drugClass: 'nsaid' },
        { drug: 'amoxicillin', allergy: 'amoxicillin', kind: 'same_drug', source: 'profile' },
      ],
    });
    const messageOnly = await (await createPluginTestKit(allergyCheck, { options: { checkProfileMedications: false } })).run({ message: 'Is Advil ok?', profile });
    expect(messageOnly.result).toMatchObject({ mentioned: [{ drug: 'ibuprofen' }], conflicts: [{ drug: 'ibuprofen' }] });
  });

  it('marks cross-reactive classes as a caution, unless turned off', async () => {
    const report = await (await createPluginTestKit(allergyCheck)).run({ message: 'The GP gave me cephalexin', profile: penicillinAllergy });
    expect(report.statuses).toEqual([{ status: 'allergy_conflict', details: { avoid: 0, caution: 1 } }]);
    expect(report.result).toMatchObject({ conflicts: [{ drug: 'cefalexin', kind: 'cross_reactive', drugClass: 'cephalosporin' }] });

    const off = await (await createPluginTestKit(allergyCheck, { options: { crossReactivity: false } })).run({ message: 'The GP gave me cephalexin', profile: penicillinAllergy });
    expect(off.result).toEqual({ mentioned: [{ drug: 'cefalexin', source: 'message' }], conflicts: [] });
    expect(off.statuses).toEqual([]);
  });

  it('stays quiet without a conflict and matches whole words only', async () => {
    const kit = await createPluginTestKit(allergyCheck);
    expect((await kit.run({ message: 'Is paracetamol fine?', profile: penicillinAllergy })).result).toEqual({ mentioned: [{ drug: 'paracetamol', source: 'message' }], conflicts: [] });
    const report = await kit.run({ message: 'My lab report mentions penicillinase', profile: penicillinAllergy });
    expect(report.result).toEqual({ mentioned: [], conflicts: [] });
    expect((await kit.run('Can I take ibuprofen?')).statuses).toEqual([]);
  });

  it('matches an allergy it has no entry for by its exact name, and learns drugs from options', async () => {
    const kit = await createPluginTestKit(allergyCheck, { options: { extraDrugs: [{ name: 'Etoricoxib', aliases: ['Arcoxia'], classes: ['NSAID'] }] } });
    expect(kit.config.extraDrugs).toEqual([{ name: 'etoricoxib', aliases: ['arcoxia'], classes: ['nsaid'] }]);
    const report = await kit.run({ message: 'Can I take metformin with Arcoxia?', profile: { allergies: { drug: ['Metformin', 'NSAIDs'] } } });
    expect(report.result).toMatchObject({
      conflicts: [
        { drug: 'etoricoxib', allergy: 'NSAIDs', kind: 'same_class' },
        { drug: 'metformin', allergy: 'Metformin', kind: 'same_drug' },
      ],
    });
    await expect(createPluginTestKit(allergyCheck, { options: { extraDrugs: [{ name: 'x' }] } })).rejects.toMatchObject({ code: 'invalid_config' });
  });

  it('announces a conflict once per session, and a new one when it appears', async () => {
    const session = (await createPluginTestKit(allergyCheck)).session({ profile: { allergies: { drug: ['penicillin', 'codeine'] } } });
    expect((await session.turn('Can I take amoxicillin?')).statuses).toHaveLength(1);
    const again = await session.turn('So no amoxicillin then?');
    expect(again.statuses).toEqual([]);
    expect(again.result).toMatchObject({ conflicts: [{ drug: 'amoxicillin' }] });
    expect((await session.turn('What about co-codamol?')).statuses).toEqual([{ status: 'allergy_conflict', details: { avoid: 1, caution: 0 } }]);
    expect(session.state).toEqual({ announced: ['amoxicillin|penicillin', 'codeine|codeine'] });
  });

  it('logs counts, never the medicines or allergies', async () => {
    const report = await (await createPluginTestKit(allergyCheck)).run({ message: 'Can I take amoxicillin?', profile: penicillinAllergy });
    expect(report.logs).toEqual([
      { level: 'debug', fields: { mentioned: 1, allergies: 1, conflicts: 1, fresh: 1, plugin: 'allergy-check' }, msg: 'allergy check done' },
    ]);
    expect(report.userTextInLogs).toEqual([]);
  });
});
