/**
 * Takes data the server embedded into the HTML of the first page (`<script type="application/json">`)
 * and removes the element: it belongs to that page load only, so a later visit in the same tab asks
 * the API for current figures. Null when there is none or it cannot be read (the caller then fetches).
 */
export function takeEmbeddedData<T>(document: Document, id: string): T | null {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLScriptElement) || element.type !== 'application/json') return null;
  element.remove();
  try {
    return JSON.parse(element.textContent ?? '') as T;
  } catch {
    return null;
  }
}
