import { errors, jwtVerify, SignJWT } from 'jose';
import { unauthenticated } from '@lnob/domain';

const ISSUER = 'lnob-hub';
const AUDIENCE = 'lnob-hub';

export interface SessionClaims {
  sessionId: string;
  userId: number;
}

/** Signs and verifies session tokens (JWT, HS256). The session row decides revocation. */
export class TokenSigner {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(c: SessionClaims, expiresAt: Date): Promise<string> {
    return new SignJWT({ uid: c.userId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setJti(c.sessionId)
      .setSubject(String(c.userId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  /** The claims of a valid token; UNAUTHENTICATED TOKEN_EXPIRED / TOKEN_INVALID otherwise. */
  async verify(token: string): Promise<SessionClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      const userId = Number(payload.sub);
      if (!payload.jti || !Number.isSafeInteger(userId)) throw unauthenticated('The token is malformed.', 'TOKEN_INVALID');
      return { sessionId: payload.jti, userId };
    } catch (e) {
      if (e instanceof errors.JWTExpired) throw unauthenticated('The session has expired: sign in again.', 'TOKEN_EXPIRED');
      if (e instanceof errors.JOSEError) throw unauthenticated('The token is not valid.', 'TOKEN_INVALID');
      throw e;
    }
  }
}
