/** What the author is writing in the tab's composer, and the checks it passes before it is sent. */
import {
  type AnnouncementContent,
  type AnnouncementField,
  announcementProblems,
  type Audience,
  audienceProblems,
  type AudienceKind,
  problemText,
  scheduleProblem,
} from '../../../src/model/announcement';
import { t } from '../../../src/i18n/catalogue';
import type { UiLang, UiStrings } from '../i18n';

/** The composer's fields as typed. */
export interface Draft {
  title: string;
  text: string;
  imageUrl: string;
  links: { title: string; url: string }[];
  importance: AnnouncementContent['importance'];
  audience: AudienceKind;
  teamIds: string[];
  when: 'now' | 'later';
  /** datetime-local value (local time, no zone). */
  scheduledAt: string;
}

/** What is wrong, by the field it is shown under. */
export type Problems = Partial<
  Record<'title' | 'text' | 'imageUrl' | 'links' | 'teams' | 'scheduledAt', string>
>;

export const EMPTY_DRAFT: Draft = {
  title: '',
  text: '',
  imageUrl: '',
  links: [],
  importance: 'normal',
  audience: 'all',
  teamIds: [],
  when: 'now',
  scheduledAt: '',
};

/** The content as the card builder and the API take it; empty title and text show placeholders in the preview only. */
export function contentOf(draft: Draft, placeholders?: { title: string; text: string }): AnnouncementContent {
  const imageUrl = draft.imageUrl.trim();
  return {
    title: draft.title.trim() || placeholders?.title || '',
    text: draft.text.trim() || placeholders?.text || '',
    imageUrl: imageUrl === '' ? undefined : imageUrl,
    links: draft.links
      .map((l) => ({ title: l.title.trim(), url: l.url.trim() }))
      .filter((l) => l.title !== '' || l.url !== ''),
    importance: draft.importance,
  };
}

export function audienceOf(draft: Draft): Audience {
  return draft.audience === 'teams' ? { kind: 'teams', teamIds: draft.teamIds } : { kind: draft.audience };
}

const SHOWN_UNDER: Record<AnnouncementField, keyof Problems> = {
  title: 'title',
  text: 'text',
  imageUrl: 'imageUrl',
  links: 'links',
  importance: 'title',
  audience: 'teams',
};

/**
 * What keeps the draft from being sent, under the field it concerns: the announcement model's checks (the same
 * limits and texts as the chat and the tab API) and the schedule window.
 */
export function checkDraft(draft: Draft, s: UiStrings, lang: UiLang, now: Date): Problems {
  const problems: Problems = {};
  for (const problem of [...announcementProblems(contentOf(draft)), ...audienceProblems(audienceOf(draft))]) {
    const field = SHOWN_UNDER[problem.field];
    const text = problemText(problem, lang);
    problems[field] = problems[field] ? `${problems[field]} ${text}` : text;
  }
  if (draft.when === 'later') {
    const at = new Date(draft.scheduledAt);
    if (draft.scheduledAt === '' || Number.isNaN(at.getTime())) problems.scheduledAt = s.badSchedule;
    else {
      const problem = scheduleProblem(at, now);
      if (problem) problems.scheduledAt = t(lang, `announcement.${problem}`);
    }
  }
  return problems;
}
