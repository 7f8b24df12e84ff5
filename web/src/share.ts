// Share links: the source compressed with deflate-raw, in base64url, in the URL's hash
// (#code=...&example=id). No server is involved.

const CODE_KEY = 'code';
const EXAMPLE_KEY = 'example';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const input = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(input).arrayBuffer());
}

export async function encodeSource(source: string): Promise<string> {
  const bytes = new TextEncoder().encode(source);
  return toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
}

export async function decodeSource(encoded: string): Promise<string> {
  const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
  return new TextDecoder().decode(bytes);
}

/** The hash of a share link. */
export async function shareHash(source: string, exampleId: string | null): Promise<string> {
  const params = new URLSearchParams();
  if (exampleId) params.set(EXAMPLE_KEY, exampleId);
  params.set(CODE_KEY, await encodeSource(source));
  return `#${params.toString()}`;
}

/** The full share URL for the current page. */
export async function shareUrl(source: string, exampleId: string | null): Promise<string> {
  const url = new URL(location.href);
  url.hash = await shareHash(source, exampleId);
  return url.toString();
}

export interface SharedState {
  exampleId: string | null;
  /** The shared source; null when the hash only names an example. */
  source: string | null;
}

/** What the current hash holds, or null when it holds nothing (or something unreadable). */
export async function readHash(hash: string = location.hash): Promise<SharedState | null> {
  if (hash.length < 2) return null;
  const params = new URLSearchParams(hash.slice(1));
  const exampleId = params.get(EXAMPLE_KEY);
  const code = params.get(CODE_KEY);
  if (!code) return exampleId ? { exampleId, source: null } : null;
  try {
    return { exampleId, source: await decodeSource(code) };
  } catch {
    return exampleId ? { exampleId, source: null } : null;
  }
}

/** Replaces the hash without adding a history entry. */
export function setHash(hash: string): void {
  const url = new URL(location.href);
  url.hash = hash;
  history.replaceState(null, '', url.toString());
}
