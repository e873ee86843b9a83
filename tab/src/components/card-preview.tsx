import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import * as AdaptiveCards from 'adaptivecards';
import MarkdownIt from 'markdown-it';
import { useEffect, useRef, useState } from 'react';
import { teamsHostConfig } from '../adaptive-host-config';
import type { TeamsTheme } from '../teams-host';
import { useUi } from '../ui-context';
import { ErrorBar } from './async-view';

// Raw HTML stays text (html: false); markdown-it refuses javascript:, vbscript:, file: and data: links.
const markdown = new MarkdownIt({ html: false, linkify: false, breaks: true });
AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

const useStyles = makeStyles({
  frame: {
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow4,
    overflow: 'hidden',
    // The renderer writes plain elements; these rules give its buttons and paragraphs the Teams look.
    '& .ac-adaptiveCard': { outlineStyle: 'none' },
    '& .ac-textBlock p': { margin: 0 },
    '& .ac-textBlock p + p, & .ac-textBlock ul, & .ac-textBlock ol': { marginTop: tokens.spacingVerticalS },
    '& .ac-textBlock ul, & .ac-textBlock ol': { marginBottom: 0, paddingLeft: tokens.spacingHorizontalXL },
    '& .ac-textBlock a': { color: tokens.colorBrandForegroundLink },
    '& .ac-pushButton': {
      fontFamily: tokens.fontFamilyBase,
      fontSize: tokens.fontSizeBase300,
      fontWeight: tokens.fontWeightSemibold,
      minHeight: '32px',
      padding: `0 ${tokens.spacingHorizontalM}`,
      borderRadius: tokens.borderRadiusMedium,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      cursor: 'pointer',
      flexGrow: 0,
    },
    '& .ac-pushButton:hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    '& .ac-pushButton.style-positive': {
      backgroundColor: tokens.colorBrandBackground,
      color: tokens.colorNeutralForegroundOnBrand,
      ...shorthands.borderColor('transparent'),
    },
    '& .ac-pushButton.style-positive:hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    '& .ac-pushButton:focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
});

/**
 * Renders an Adaptive Card with the adaptivecards library and a Teams-like host config. Buttons do nothing here:
 * it is a preview.
 */
export function CardPreview({ card, theme, label }: { card: object; theme: TeamsTheme; label: string }) {
  const { s } = useUi();
  const styles = useStyles();
  const target = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    try {
      const adaptive = new AdaptiveCards.AdaptiveCard();
      adaptive.hostConfig = new AdaptiveCards.HostConfig(teamsHostConfig(theme));
      adaptive.onExecuteAction = () => undefined;
      adaptive.parse(card);
      const rendered = adaptive.render();
      element.replaceChildren(...(rendered ? [rendered] : []));
      setError(undefined);
    } catch (err) {
      console.warn('Adaptive Card preview failed', err);
      element.replaceChildren();
      setError(s.previewError);
    }
  }, [card, theme, s]);

  return (
    <>
      <div
        ref={target}
        className={styles.frame}
        role="region"
        aria-label={label}
        data-testid="card-preview"
      />
      {error && <ErrorBar message={error} />}
    </>
  );
}
