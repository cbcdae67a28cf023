/**
 * A top-bar label that gives way to a glyph on a narrow screen, so the bar keeps one row at
 * 1024 px. The control it sits in carries the words as its accessible name (`aria-label`),
 * since text hidden by CSS would drop out of the name.
 */

export function CompactLabel({ text, glyph }: { text: string; glyph: string }) {
  return (
    <>
      <span className="label-full">{text}</span>
      <span className="label-glyph" aria-hidden="true">
        {glyph}
      </span>
    </>
  )
}
