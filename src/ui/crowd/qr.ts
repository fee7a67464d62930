import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/** The join address as a QR code: an SVG built node by node (uqr's matrix), one path for the dark modules. */
export function qrCode(text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  const d: string[] = [];
  data.forEach((row, y) => row.forEach((dark, x) => dark && d.push(`M${x} ${y}h1v1h-1z`)));
  path.setAttribute('d', d.join(''));
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
