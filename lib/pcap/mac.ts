/**
 * Deterministic MAC addresses per simulated host, so every export of a run names each host the
 * same way. The first octet 0x02 marks a locally administered unicast address (IEEE 802 bit 1
 * set, bit 0 clear), which can never collide with a vendor's real address.
 */

/** 02:xx:xx:xx:xx:xx from the host's name (FNV-1a over its UTF-16 code units). */
export function macForHost(host: string): Uint8Array {
  let h = 0x811c9dc5 // FNV-1a 32-bit offset basis
  for (let i = 0; i < host.length; i++) h = Math.imul(h ^ host.charCodeAt(i), 0x01000193)
  const h2 = Math.imul(h ^ host.length, 0x01000193)
  return Uint8Array.of(0x02, h >>> 24, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff, h2 >>> 24)
}

export const formatMac = (mac: Uint8Array): string =>
  Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join(':')
