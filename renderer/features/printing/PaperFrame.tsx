import { Box } from '@mantine/core';
import { useState } from 'react';
import { isRollPaper, paperSpecs, type Paper } from '../../../shared/domain/printing';

/**
 * A document on screen as it comes out of the printer: the same HTML in a script-less frame,
 * on a white sheet the paper's width (A4/A5 with their margins), as tall as its content.
 */
export function PaperFrame({ html, paper, title }: { html: string; paper: Paper; title: string }) {
  const [height, setHeight] = useState(200);
  const spec = paperSpecs[paper];
  const cut = isRollPaper(paper) || paper.startsWith('label-');
  const margin = cut ? 0 : spec.marginMm;
  return (
    <Box
      bg="white"
      style={{
        padding: `${margin}mm`,
        width: `${spec.widthMm}mm`,
        boxShadow: '0 1px 3px rgb(0 0 0 / 25%), 0 6px 16px rgb(0 0 0 / 12%)',
        flex: 'none',
      }}
    >
      <iframe
        title={title}
        sandbox="allow-same-origin"
        srcDoc={html}
        style={{ display: 'block', border: 0, width: `${spec.widthMm - 2 * margin}mm`, height }}
        onLoad={(event) => {
          const document = event.currentTarget.contentDocument;
          if (!document) return;
          // The body, not the document: a document is at least as tall as its frame.
          setHeight(Math.ceil(document.body.getBoundingClientRect().height));
        }}
      />
    </Box>
  );
}
