/** Root of the public transparency pages; everything below works without a session. */
export const PUBLIC_PATH = '/oeffentlich';

/** True for `/oeffentlich` and every page below it, with or without query or fragment. */
export function isPublicPath(url: string): boolean {
  const path = url.split(/[?#]/)[0];
  return path === PUBLIC_PATH || path.startsWith(`${PUBLIC_PATH}/`);
}
