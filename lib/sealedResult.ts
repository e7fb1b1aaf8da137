/**
 * A result sealed for one teacher: the student's device encrypts the result link's token to the public key in the
 * assignment, and only the teacher's device, which holds the private key, can open it. The drop box server stores
 * the sealed bytes and never a key, so it cannot read a name, an answer or a score.
 *
 * The scheme is ECIES on the Web Crypto API alone: a fresh P-256 key pair per result, ECDH with the teacher's
 * public key, HKDF-SHA-256 to an AES-GCM key, and the box id as additional data, so a sealed result moved to
 * another box does not open. P-256 rather than X25519 because every browser that runs the app has it.
 *
 * Layout, base64url: version (1 byte) | ephemeral public key (65 bytes, uncompressed) | IV (12 bytes) | ciphertext
 * with its 16-byte tag.
 */

import { base64UrlToBytes, bytesToBase64Url } from './encoding';

const SEAL_VERSION = 1;
const PUBLIC_KEY_BYTES = 65;
const IV_BYTES = 12;
const CURVE: EcKeyImportParams = { name: 'ECDH', namedCurve: 'P-256' };
const INFO = new TextEncoder().encode('SourceCheck sealed result v1');

export interface BoxKeys {
  /** Raw P-256 public key, base64url: what the assignment link carries. */
  publicKey: string;
  /** Kept on the teacher's device only. */
  privateKey: JsonWebKey;
}

export async function createBoxKeys(): Promise<BoxKeys> {
  const pair = await crypto.subtle.generateKey(CURVE, true, ['deriveKey']);
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { publicKey: bytesToBase64Url(publicKey), privateKey: await crypto.subtle.exportKey('jwk', pair.privateKey) };
}

async function sealingKey(privateKey: CryptoKey, publicKey: CryptoKey, boxId: string): Promise<CryptoKey> {
  const secret = await crypto.subtle.deriveKey(
    { name: 'ECDH', public: publicKey },
    privateKey,
    { name: 'HKDF' },
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode(boxId), info: INFO },
    secret,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * The box id and the whole header are authenticated with the ciphertext: a point can be written in more than one
 * form (a changed format byte can name the same key), and a sealed result must not open once any byte has changed.
 */
function additionalData(header: Uint8Array, boxId: string): Uint8Array<ArrayBuffer> {
  const box = new TextEncoder().encode(boxId);
  const data = new Uint8Array(header.length + box.length);
  data.set(header);
  data.set(box, header.length);
  return data;
}

/** Seals `text` for the holder of `publicKey`'s private key, for the box `boxId`. Throws on a malformed key. */
export async function sealResult(text: string, publicKey: string, boxId: string): Promise<string> {
  const raw = base64UrlToBytes(publicKey);
  if (!raw || raw.length !== PUBLIC_KEY_BYTES) throw new Error('The assignment’s key is damaged.');
  const teacher = await crypto.subtle.importKey('raw', raw, CURVE, false, []);
  const ephemeral = await crypto.subtle.generateKey(CURVE, true, ['deriveKey']);
  const key = await sealingKey(ephemeral.privateKey, teacher, boxId);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = new Uint8Array(1 + PUBLIC_KEY_BYTES);
  header[0] = SEAL_VERSION;
  header.set(new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey)), 1);
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(header, boxId) },
      key,
      new TextEncoder().encode(text),
    ),
  );
  const sealed = new Uint8Array(header.length + IV_BYTES + ciphertext.length);
  sealed.set(header);
  sealed.set(iv, header.length);
  sealed.set(ciphertext, 1 + PUBLIC_KEY_BYTES + IV_BYTES);
  return bytesToBase64Url(sealed);
}

/**
 * The text a sealed result holds, or null when it does not open with this key for this box: changed on the way,
 * sealed for another teacher or another box, or not a sealed result at all.
 */
export async function openResult(sealed: string, privateKey: JsonWebKey, boxId: string): Promise<string | null> {
  const bytes = base64UrlToBytes(sealed);
  if (!bytes || bytes.length <= 1 + PUBLIC_KEY_BYTES + IV_BYTES || bytes[0] !== SEAL_VERSION) return null;
  const header = bytes.slice(0, 1 + PUBLIC_KEY_BYTES);
  try {
    const ephemeral = await crypto.subtle.importKey('raw', header.slice(1), CURVE, false, []);
    const teacher = await crypto.subtle.importKey('jwk', privateKey, CURVE, false, ['deriveKey']);
    const key = await sealingKey(teacher, ephemeral, boxId);
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.slice(header.length, header.length + IV_BYTES),
        additionalData: additionalData(header, boxId),
      },
      key,
      bytes.slice(header.length + IV_BYTES),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}
