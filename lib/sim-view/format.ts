/** Number formatting shared by every view, so the ladder, list and transcript agree to the digit. */

/** Virtual milliseconds as a bare number of seconds with millisecond precision: 1500 → "1.500". */
export const seconds = (ms: number): string => (ms / 1000).toFixed(3)

/** Virtual milliseconds as seconds with millisecond precision: 1500 → "1.500 s". */
export const formatTime = (ms: number): string => `${seconds(ms)} s`

/** Wireshark's time column: seconds with microsecond precision. */
export const formatWiresharkTime = (seconds: number): string => seconds.toFixed(6)
