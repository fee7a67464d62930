import { networkInterfaces } from 'node:os';
import { renderANSI, renderUnicodeCompact } from 'uqr';

/** The addresses other machines on the network can reach this one at (IPv4, not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}

/**
 * What the facilitator reads in the terminal: where phones go, and the same address as a QR code. A terminal
 * gets it in explicit black and white (ANSI colours, right on a dark or a light theme); a log gets plain blocks.
 */
export function joinBanner(joinUrl: string, terminal: boolean): string {
  const qr = terminal ? renderANSI(joinUrl, { border: 2 }) : renderUnicodeCompact(joinUrl, { border: 2 });
  return [`Phones join at ${joinUrl}`, '', qr].join('\n');
}
