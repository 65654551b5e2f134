import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// A tonsillitis probe of our own alerted as anaphylaxis: "sore throat with swollen tonsils" read as a
// swollen throat, and "can't swallow solid food" as an airway closing. A throat that swells, saliva
// that cannot be swallowed, or "I can't swallow" alone still alert.
describe('swollen tonsils and food that will not go down', () => {
  it('are a sore throat, not an airway closing', () => {
    expectAlerts(
      [
        "23 year old female. Presenting complaints: sore throat. Severe sore throat with swollen tonsils and painful swallowing; she can't swallow solid food but drinks fluids. Negatives: no drooling, no stridor, no difficulty breathing.",
        "my throat is really sore with swollen glands in my neck and I can't swallow food, I can drink",
        'sore throat and swollen tonsils with white spots for 2 days, temperature 38.2',
      ],
      false,
    );
  });

  it('a swelling throat, saliva that will not go down, or a plain inability to swallow still alert', () => {
    expectAlerts(
      [
        "my throat is swollen and I can't swallow after eating peanuts",
        "I can't swallow my spit and I'm drooling, sore throat and a fever",
        'my throat feels swollen after the prawns',
        "I can't swallow",
      ],
      true,
    );
  });
});
