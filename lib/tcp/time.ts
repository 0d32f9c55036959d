/** Virtual time in milliseconds since the start of a run. The engine never reads a wall clock. */
export type Millis = number & { readonly __unit: 'ms' }

export const ms = (n: number): Millis => n as Millis
export const seconds = (n: number): Millis => (n * 1000) as Millis
export const addMs = (t: Millis, d: number): Millis => (t + d) as Millis
