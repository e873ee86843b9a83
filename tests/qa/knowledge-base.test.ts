import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isAppError } from '../../src/errors';
import { loadKnowledgeBase, parseKnowledgeBase, validateKnowledgeBase } from '../../src/qa/knowledge-base';
import { sharedFile } from '../support/shared-files';

const FILE = 'content/knowledge-base.yaml';
const raw = () => parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;

describe('knowledge base', () => {
  it('loads the committed file with every subproject led by a known person', () => {
    const kb = loadKnowledgeBase(FILE);
    const people = new Set(kb.people.map((p) => p.id));
    expect(kb.subprojects.map((s) => s.name.nb)).toEqual([
      'Funksjonalitet',
      'Teknisk',
      'Opplæring',
      'Gevinstrealisering',
    ]);
    for (const s of kb.subprojects) expect(people.has(s.lead)).toBe(true);
  });

  const seedFile = sharedFile('seed/helseplattformen-kommunene.txt');
  (seedFile ? it : it.skip)(
    `states only facts from the project page (every e-mail, phone number and name appears in the seed)${seedFile ? '' : ' — skipped: ../shared/seed is absent'}`,
    () => {
      const seed = readFileSync(seedFile!, 'utf8');
      const kb = loadKnowledgeBase(FILE);
      for (const p of kb.people) {
        if (p.email) expect(seed).toContain(p.email);
        if (p.phone) expect(seed).toContain(p.phone);
        expect(seed).toContain(p.name.split(' ').pop());
      }
      expect(seed).toContain(kb.projectOffice.email);
    },
  );

  it('names the path of a broken field', () => {
    const data = raw();
    (data.people as Record<string, unknown>[])[0]!.email = 'ikke-en-adresse';
    expect(() => parseKnowledgeBase(data, 'test.yaml')).toThrow(/test\.yaml.*people\.0\.email/);
  });

  it('refuses a subproject whose lead is not a known person', () => {
    const data = raw();
    (data.subprojects as Record<string, unknown>[])[1]!.lead = 'ukjent-person';
    try {
      parseKnowledgeBase(data);
      throw new Error('expected a validation error');
    } catch (err) {
      expect(isAppError(err, 'KNOWLEDGE_BASE_INVALID')).toBe(true);
      expect((err as Error).message).toContain('subprojects.1.lead');
    }
  });

  it('refuses a kind of services that names a service the list does not have', () => {
    const data = raw();
    const facts = data.facts as { id: string; kinds?: { items: string[] }[] }[];
    const i = facts.findIndex((f) => f.kinds !== undefined);
    facts[i]!.kinds![0]!.items.push('tannhelsetjenesten');
    const result = validateKnowledgeBase(data);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => `${p.path}: ${p.message}`).join()).toContain(
        `facts.${i}.kinds.0.items.2: ukjent listepunkt «tannhelsetjenesten»`,
      );
  });

  it('says clearly when the file is missing', () => {
    expect(() => loadKnowledgeBase('content/finnes-ikke.yaml')).toThrow(
      /Fant ikke kunnskapsbasen content\/finnes-ikke\.yaml/,
    );
  });
});
