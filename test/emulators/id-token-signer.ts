/**
 * Signs the emulators' OpenID Connect id tokens (RS256) with a key pair made when the
 * emulator starts, and publishes its public half as a JWKS; both emulators use it. A test
 * can spoil the next token in one chosen way — wrong audience, issuer or nonce, expired,
 * issued in the future, or signed with a key the JWKS does not hold — to prove the service
 * checks each of these.
 */
import { generateKeyPairSync, type KeyObject, randomBytes } from 'node:crypto';
import { exportJWK, type JWK, type JWTPayload, SignJWT } from 'jose';

export type IdTokenFault =
  | 'wrong_audience'
  | 'wrong_issuer'
  | 'wrong_nonce'
  | 'expired'
  | 'issued_in_future'
  | 'bad_signature';

const TOKEN_SECONDS = 3600;

function newKeyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

/** One emulator's signing key and the faults armed for its next tokens. */
export class IdTokenSigner {
  readonly kid = `emu-${randomBytes(6).toString('hex')}`;
  private readonly key = newKeyPair();
  /** Made on first use only: RSA key generation is the slow part of starting an emulator. */
  private stranger: KeyObject | undefined;
  private readonly faults: IdTokenFault[] = [];
  /** Every token's claims as issued (after any fault), for assertions. */
  readonly issued: JWTPayload[] = [];

  constructor(
    private readonly now: () => number,
    /** An issuer that looks plausible but is not this token's (each provider has its own). */
    private readonly wrongIssuer: (claims: JWTPayload) => string,
  ) {}

  /** The next id token issued is spoiled by `fault` (several calls queue up). */
  spoilNext(fault: IdTokenFault): void {
    this.faults.push(fault);
  }

  /** The JWKS document (`{ keys: [...] }`) with the public key. */
  async jwks(): Promise<{ keys: JWK[] }> {
    const jwk = await exportJWK(this.key.publicKey);
    return { keys: [{ ...jwk, kid: this.kid, use: 'sig', alg: 'RS256' }] };
  }

  /** Signs `claims`, adding iat and exp from the emulator's clock unless given. */
  async sign(claims: JWTPayload): Promise<string> {
    const fault = this.faults.shift();
    const iat = Math.floor(this.now() / 1000);
    const payload: JWTPayload = { iat, exp: iat + TOKEN_SECONDS, ...claims };
    if (fault === 'wrong_audience') payload.aud = 'some-other-client';
    if (fault === 'wrong_issuer') payload.iss = this.wrongIssuer(payload);
    if (fault === 'wrong_nonce') payload.nonce = `not-${String(payload.nonce ?? 'a-nonce')}`;
    if (fault === 'expired')
      Object.assign(payload, { iat: iat - 2 * TOKEN_SECONDS, exp: iat - TOKEN_SECONDS });
    if (fault === 'issued_in_future')
      Object.assign(payload, { iat: iat + 600, exp: iat + 600 + TOKEN_SECONDS });
    if (fault === 'bad_signature') this.stranger ??= newKeyPair().privateKey;
    this.issued.push(payload);
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: this.kid, typ: 'JWT' })
      .sign(fault === 'bad_signature' ? (this.stranger as KeyObject) : this.key.privateKey);
  }
}
