import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, MegaphoneRegular } from '@fluentui/react-icons';
import type { EditableKnowledgeBase, LocalizedText } from '../../../src/knowledge/knowledge-api-types';
import type { KnowledgeStrings } from './knowledge-strings';
import { type Entry, type EntrySection, FIELDS, type FieldSpec } from './knowledge-sections';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  languages: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  people: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    maxHeight: '16rem',
    overflowY: 'auto',
  },
});

/** Problems of the draft by dotted path (`subprojects.2.lead`), from the server's validation. */
export type ProblemsByPath = Map<string, string>;

/** The form of one entry: a field per property, with the server's problem for it shown inline. */
export function EntryForm({
  section,
  index,
  entry,
  kb,
  problems,
  s,
  onChange,
  onRemove,
  onAnnounce,
}: {
  section: EntrySection;
  index: number;
  entry: Entry;
  kb: EditableKnowledgeBase;
  problems: ProblemsByPath;
  s: KnowledgeStrings;
  onChange: (entry: Entry) => void;
  onRemove: () => void;
  onAnnounce?: () => void;
}) {
  const styles = useStyles();
  const pathOf = (...keys: string[]) => [section, index, ...keys].join('.');
  const problemAt = (...keys: string[]) => problems.get(pathOf(...keys));
  const set = (key: string, value: unknown, optional = false) => {
    const next: Entry = { ...entry };
    if (optional && (value === '' || value === undefined)) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const people = kb.people.map((p) => ({ id: p.id, name: p.name }));
  const label = (key: string) => s.fields[key as keyof KnowledgeStrings['fields']] ?? key;

  const field = (spec: FieldSpec) => {
    const value = entry[spec.key];
    const problem = problemAt(spec.key);
    const common = {
      key: spec.key,
      label: label(spec.key),
      validationState: problem ? ('error' as const) : ('none' as const),
      validationMessage: problem,
    };
    switch (spec.kind) {
      case 'text':
        return (
          <Field {...common} required={!spec.optional}>
            <Input
              value={typeof value === 'string' ? value : ''}
              onChange={(_, d) => set(spec.key, d.value, spec.optional)}
              data-testid={`field-${spec.key}`}
            />
          </Field>
        );
      case 'localized':
      case 'longLocalized': {
        const text = (value ?? { nb: '' }) as LocalizedText;
        const langs = ['nb', 'nn', 'en'] as const;
        return (
          <div className={styles.languages} key={spec.key}>
            {langs.map((lang) => {
              const langProblem = problemAt(spec.key, lang) ?? (lang === 'nb' ? problem : undefined);
              const onText = (v: string) => {
                const next: LocalizedText = { ...text, [lang]: v };
                if (lang !== 'nb' && v === '') delete next[lang];
                set(spec.key, next);
              };
              return (
                <Field
                  key={lang}
                  label={`${label(spec.key)} (${s[lang]})`}
                  required={lang === 'nb'}
                  validationState={langProblem ? 'error' : 'none'}
                  validationMessage={langProblem}
                >
                  {spec.kind === 'longLocalized' ? (
                    <Textarea
                      value={text[lang] ?? ''}
                      rows={4}
                      resize="vertical"
                      onChange={(_, d) => onText(d.value)}
                      data-testid={`field-${spec.key}-${lang}`}
                    />
                  ) : (
                    <Input
                      value={text[lang] ?? ''}
                      onChange={(_, d) => onText(d.value)}
                      data-testid={`field-${spec.key}-${lang}`}
                    />
                  )}
                </Field>
              );
            })}
          </div>
        );
      }
      case 'words': {
        const list = Array.isArray(value) ? (value as string[]) : [];
        return (
          <Field {...common}>
            <Input
              // Uncontrolled, so a comma being typed is not tidied away; keyed by the entry so it resets.
              key={`${section}-${index}-${spec.key}-${entry.id}`}
              defaultValue={list.join(', ')}
              onChange={(_, d) =>
                set(
                  spec.key,
                  d.value
                    .split(',')
                    .map((w) => w.trim())
                    .filter((w) => w.length > 0),
                )
              }
              data-testid={`field-${spec.key}`}
            />
          </Field>
        );
      }
      case 'person': {
        const id = typeof value === 'string' ? value : '';
        return (
          <Field {...common} required={!spec.optional}>
            <Select
              value={id}
              onChange={(_, d) => set(spec.key, d.value, spec.optional)}
              data-testid={`field-${spec.key}`}
            >
              {(spec.optional || !people.some((p) => p.id === id)) && <option value="">{s.noPerson}</option>}
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          </Field>
        );
      }
      case 'people': {
        const ids = Array.isArray(value) ? (value as string[]) : [];
        return (
          <Field {...common}>
            <div className={styles.people} data-testid={`field-${spec.key}`}>
              {people.map((p) => (
                <Checkbox
                  key={p.id}
                  label={p.name}
                  checked={ids.includes(p.id)}
                  onChange={(_, d) =>
                    set(spec.key, d.checked ? [...ids, p.id] : ids.filter((i) => i !== p.id))
                  }
                />
              ))}
            </div>
          </Field>
        );
      }
      case 'status': {
        const current = typeof value === 'string' ? value : 'planned';
        return (
          <Field {...common} required>
            <Select
              value={current}
              onChange={(_, d) => set(spec.key, d.value)}
              data-testid={`field-${spec.key}`}
            >
              {(['planned', 'in-progress', 'done'] as const).map((st) => (
                <option key={st} value={st}>
                  {s.status[st]}
                </option>
              ))}
            </Select>
          </Field>
        );
      }
    }
  };

  return (
    <div className={styles.form} data-testid="entry-form">
      {FIELDS[section].map((spec) => field(spec))}
      <div className={styles.actions}>
        {onAnnounce && (
          <Button icon={<MegaphoneRegular />} onClick={onAnnounce} data-testid="announce-decision">
            {s.announce}
          </Button>
        )}
        <Button icon={<DeleteRegular />} onClick={onRemove}>
          {s.remove}
        </Button>
      </div>
    </div>
  );
}
