/**
 * Pictures of what is on screen, for slides and papers: the graph as a standalone SVG (each
 * element's computed look written onto it, so the file needs no stylesheet and keeps the
 * theme it was taken in), and any SVG or canvas as a PNG.
 */

/** The properties that decide how an SVG element looks. */
const LOOK = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const

const SVG_NS = 'http://www.w3.org/2000/svg'

/** A copy of `svg` that renders the same on its own; hidden parts and controls left out. */
export function standaloneSvg(svg: SVGSVGElement, background: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement
  const source = [svg, ...svg.querySelectorAll('*')]
  const target = [copy, ...copy.querySelectorAll('*')]
  const hidden: Element[] = []
  source.forEach((el, i) => {
    const out = target[i]!
    const style = getComputedStyle(el)
    if (style.display === 'none' || style.visibility === 'hidden') hidden.push(out)
    const look = LOOK.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')
    out.setAttribute('style', look)
    out.removeAttribute('class')
    out.removeAttribute('tabindex')
    out.removeAttribute('role')
    out.removeAttribute('aria-pressed')
  })
  for (const el of hidden) el.remove()
  pictureCanvases(svg, copy)
  const box = svg.viewBox.baseVal
  copy.setAttribute('xmlns', SVG_NS)
  copy.setAttribute('width', String(box.width))
  copy.setAttribute('height', String(box.height))
  const backdrop = document.createElementNS(SVG_NS, 'rect')
  backdrop.setAttribute('x', String(box.x))
  backdrop.setAttribute('y', String(box.y))
  backdrop.setAttribute('width', String(box.width))
  backdrop.setAttribute('height', String(box.height))
  backdrop.setAttribute('fill', background)
  copy.insertBefore(backdrop, copy.firstChild)
  return new XMLSerializer().serializeToString(copy)
}

/**
 * Canvases in the graph (messages, when they are many: render/graph-message-canvas.ts)
 * become images of what they show: a file with HTML inside it would not open as an image,
 * and would taint the canvas a PNG is made on.
 */
function pictureCanvases(svg: SVGSVGElement, copy: SVGSVGElement): void {
  const shown = [...svg.querySelectorAll('foreignObject')]
  copy.querySelectorAll('foreignObject').forEach((holder, i) => {
    const canvas = shown[i]?.querySelector('canvas')
    if (canvas != null && canvas.width > 1) {
      const image = document.createElementNS(SVG_NS, 'image')
      for (const name of ['x', 'y', 'width', 'height']) {
        image.setAttribute(name, holder.getAttribute(name) ?? '0')
      }
      image.setAttribute('href', canvas.toDataURL('image/png'))
      holder.replaceWith(image)
    } else holder.remove()
  })
}

/** An SVG document as a PNG, `scale` times its size (2: sharp on slides). */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image()
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
  try {
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(image.naturalWidth * scale)
    canvas.height = Math.round(image.naturalHeight * scale)
    const ctx = canvas.getContext('2d')!
    ctx.scale(scale, scale)
    ctx.drawImage(image, 0, 0)
    return await canvasToPng(canvas)
  } finally {
    URL.revokeObjectURL(url)
  }
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (b) => (b === null ? reject(new Error('PNG encoding failed')) : resolve(b)),
      'image/png',
    ),
  )
}
