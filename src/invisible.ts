/* eslint-disable no-control-regex -- matching control characters is the point */
/** Control, zero-width and bidi-override characters: invisible, they must not split or join words. */
export const INVISIBLE_CHARS =
  /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
