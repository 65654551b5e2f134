/**
 * A known epilepsy's usual seizure that is over and recovered from: the NHS and Epilepsy Action ask for the
 * epilepsy team, not an ambulance, unless a danger sign is told. Found by a session 37 set of 12 such
 * messages, 11 of which alerted before (and 16 that must alert, all of which did); a second set written
 * against the change found three dangers it let through. Phrasings here are new ones.
 */
import { describe, expect, it } from 'vitest';
import { alerts, decide, expectAlerts } from './urgencyHelpers.ts';

describe('a usual seizure in known epilepsy', () => {
  it('asks for the epilepsy team, not an ambulance, when it is over and they have come round', () => {
    const messages = [
      'My partner has epilepsy and just had one of her typical seizures, it was over in about a minute and she has come round, just sleepy',
      "I'm epileptic, I had a brief fit at lunch like I usually do and I was fine afterwards",
      'our son is epileptic and had a 40 second seizure, his normal kind, he is back to himself now',
      'I have epilepsy, had my usual short seizure overnight and woke up fine this morning',
    ];
    expectAlerts(messages, false);
    for (const message of messages) {
      const decision = decide(message);
      expect(decision.level, message).toBe('non_emergency');
      expect(decision.reasons.join(' '), message).toMatch(/epilepsy team/);
    }
  });

  it('reads the epilepsy from the profile or an earlier message', () => {
    const message = 'had a short seizure this morning, under a minute, I am back to normal now';
    expect(alerts(message)).toBe(true);
    expect(alerts(message, { profile: { chronicConditions: ['epilepsy'] } })).toBe(false);
    expect(alerts('she just had one of her usual seizures, lasted about a minute and she is fine now', { history: ['my daughter has epilepsy'] })).toBe(false);
    // Another person's epilepsy in the profile is not the writer's.
    expect(alerts('my friend just had a short seizure, under a minute, he seems ok now', { profile: { chronicConditions: ['epilepsy'] } })).toBe(true);
  });

  it('still alerts for a first seizure, one not known to be over, or any danger sign', () => {
    expectAlerts(
      [
        'my husband had a seizure for the first time, about a minute, he has come round',
        'my son has epilepsy and is having one of his usual seizures',
        'my son has epilepsy and his seizure has gone on for six minutes, it was his usual kind at first',
        'my wife has epilepsy, she had a short seizure and then another one before she came round, she is fine now',
        "I'm epileptic and had one of my usual fits but banged my head on the radiator, I'm ok now",
        'my brother has epilepsy, had his usual short seizure, came round but his lips are blue and he is gasping',
        'she has epilepsy and had a short seizure, she came round but it was different from her usual ones',
        "I have epilepsy and I'm 28 weeks pregnant, I had my usual short seizure and feel fine now",
        'my daughter has epilepsy, had her usual 1 minute seizure, recovered, but she has a fever of 39.5',
        'he has epilepsy and had a brief fit in the swimming pool, he is fine now',
        'my dad has epilepsy, had his normal short seizure, came round, but now he cannot lift his left arm',
        // Found by a second set written against the first version: another later, sight, a crash.
        'she has epilepsy, a brief typical seizure and she came round, but an hour later she started another',
        "I'm epileptic, had a short usual seizure and I'm fine now but my vision has gone blurry and double",
        'he has epilepsy, had a brief seizure at the wheel and hit a lamp post, he says he is fine',
      ],
      true,
    );
  });
});
