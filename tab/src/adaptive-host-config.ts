import type { TeamsTheme } from './teams-host';

/** Text and background colours of one Teams theme, as Teams renders Adaptive Cards in it. */
interface Palette {
  background: string;
  emphasis: string;
  attentionBackground: string;
  goodBackground: string;
  foreground: string;
  subtle: string;
  accent: string;
  good: string;
  warning: string;
  attention: string;
  separator: string;
}

const PALETTES: Record<TeamsTheme, Palette> = {
  default: {
    background: '#FFFFFF',
    emphasis: '#F5F5F5',
    attentionBackground: '#FCF4F6',
    goodBackground: '#F1FAF1',
    foreground: '#242424',
    subtle: '#616161',
    accent: '#5B5FC7',
    good: '#0E700E',
    warning: '#835B00',
    attention: '#C4314B',
    separator: '#E0E0E0',
  },
  dark: {
    background: '#292929',
    emphasis: '#1F1F1F',
    attentionBackground: '#3E1F25',
    goodBackground: '#0D260D',
    foreground: '#FFFFFF',
    subtle: '#ADADAD',
    accent: '#7F85F5',
    good: '#54B054',
    warning: '#F8D22A',
    attention: '#F9526B',
    separator: '#3D3D3D',
  },
  contrast: {
    background: '#000000',
    emphasis: '#000000',
    attentionBackground: '#000000',
    goodBackground: '#000000',
    foreground: '#FFFFFF',
    subtle: '#FFFFFF',
    accent: '#FFFF00',
    good: '#3FF23F',
    warning: '#FFFF00',
    attention: '#FFFF00',
    separator: '#FFFFFF',
  },
};

function colors(p: Palette) {
  const pair = (color: string) => ({ default: color, subtle: color });
  return {
    default: pair(p.foreground),
    dark: pair(p.foreground),
    light: pair(p.subtle),
    accent: pair(p.accent),
    good: pair(p.good),
    warning: pair(p.warning),
    attention: pair(p.attention),
  };
}

/**
 * An Adaptive Cards host config close to how Teams renders cards in each theme (Segoe UI, Teams font sizes and
 * spacing, theme colours), so the composer's preview looks like the message recipients get.
 */
export function teamsHostConfig(theme: TeamsTheme): Record<string, unknown> {
  const p = PALETTES[theme];
  const style = (backgroundColor: string) => ({
    backgroundColor,
    foregroundColors: { ...colors(p), default: { default: p.foreground, subtle: p.subtle } },
  });
  return {
    supportsInteractivity: true,
    fontFamily:
      "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
    fontWeights: { lighter: 300, default: 400, bolder: 600 },
    lineHeights: { small: 16, default: 20, medium: 20, large: 24, extraLarge: 32 },
    spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
    separator: { lineThickness: 1, lineColor: p.separator },
    imageSizes: { small: 32, medium: 52, large: 100 },
    containerStyles: {
      default: style(p.background),
      emphasis: style(p.emphasis),
      accent: style(p.emphasis),
      good: style(p.goodBackground),
      attention: style(p.attentionBackground),
      warning: style(p.emphasis),
    },
    actions: {
      maxActions: 6,
      spacing: 'default',
      buttonSpacing: 8,
      showCard: { actionMode: 'inline', inlineTopMargin: 16 },
      actionsOrientation: 'horizontal',
      actionAlignment: 'left',
      iconPlacement: 'leftOfTitle',
    },
    // TextBlocks with style "heading" get role=heading; without a level that is an error for screen readers.
    // Level 3: the preview sits under the view's h1 and the section's h2.
    textBlock: { headingLevel: 3 },
    textStyles: {
      heading: { size: 'large', weight: 'bolder', color: 'default', isSubtle: false, fontType: 'default' },
      columnHeader: {
        size: 'default',
        weight: 'bolder',
        color: 'default',
        isSubtle: false,
        fontType: 'default',
      },
    },
  };
}
