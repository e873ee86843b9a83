// The announcement's schema and limits live in the announcement model; the engine still imports them from here.
export { ANNOUNCEMENT_LIMITS, parseAnnouncementContent } from '../model/announcement';
