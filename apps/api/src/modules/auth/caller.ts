import {
  ACTION_SCOPE,
  ACTIONS,
  API_KEY_QUERY_COMPLEXITY_MAX,
  API_KEY_QUERY_DEPTH_MAX,
  forbidden,
  notFound,
  QUERY_COMPLEXITY_MAX,
  QUERY_DEPTH_MAX,
  unauthenticated,
  type Action,
} from '@lnob/domain';
import { Scope } from './scope';

export type CallerKind = 'anonymous' | 'user' | 'apiKey' | 'system';

export interface CallerInit {
  kind: CallerKind;
  requestId: string;
  userId?: number | null;
  apiKeyId?: number | null;
  sessionId?: string | null;
  sessionExpiresAt?: Date | null;
  /** Username, key name, or 'system' — kept in audit rows as it was. */
  actorName: string;
  grants?: ReadonlyMap<Action, Scope>;
}

/**
 * Who is calling, and where each action is allowed. Built once per request by `Authenticator`;
 * every service asks it — the one place permissions are checked (docs/auth.md).
 */
export class Caller {
  readonly kind: CallerKind;
  readonly requestId: string;
  readonly userId: number | null;
  readonly apiKeyId: number | null;
  readonly sessionId: string | null;
  readonly sessionExpiresAt: Date | null;
  readonly actorName: string;
  private readonly grants: ReadonlyMap<Action, Scope>;

  constructor(init: CallerInit) {
    this.kind = init.kind;
    this.requestId = init.requestId;
    this.userId = init.userId ?? null;
    this.apiKeyId = init.apiKeyId ?? null;
    this.sessionId = init.sessionId ?? null;
    this.sessionExpiresAt = init.sessionExpiresAt ?? null;
    this.actorName = init.actorName;
    this.grants = init.grants ?? new Map();
  }

  static anonymous(requestId: string): Caller {
    return new Caller({ kind: 'anonymous', requestId, actorName: 'anonymous' });
  }

  /** The server itself (demo data, bootstrap): every action nationwide. */
  static system(requestId = 'system'): Caller {
    return new Caller({ kind: 'system', requestId, actorName: 'system', grants: new Map(ACTIONS.map((a) => [a, Scope.NATIONAL])) });
  }

  get isAnonymous(): boolean {
    return this.kind === 'anonymous';
  }

  /** Where `action` is allowed (Scope.NONE when nowhere). */
  scope(action: Action): Scope {
    return this.grants.get(action) ?? Scope.NONE;
  }

  can(action: Action): boolean {
    return !this.scope(action).isEmpty;
  }

  /** UNAUTHENTICATED for an anonymous caller. */
  requireSignedIn(): void {
    if (this.isAnonymous) throw unauthenticated('Sign in (login) or send an API key as "Authorization: Bearer …".');
  }

  /** The scope of `action`, or UNAUTHENTICATED (anonymous) / FORBIDDEN PERMISSION_DENIED. */
  require(action: Action): Scope {
    const s = this.scope(action);
    if (!s.isEmpty) return s;
    this.requireSignedIn();
    throw forbidden('PERMISSION_DENIED', `Your roles do not allow ${action}.`);
  }

  /**
   * For a change to an object the caller can see (`visible`) in its `action` scope (`owned`):
   * invisible objects are NOT_FOUND, visible but not owned are FORBIDDEN OUT_OF_SCOPE.
   */
  requireOwned(action: Action, what: string, visible: boolean, owned: (s: Scope) => boolean): Scope {
    const s = this.require(action);
    if (!visible) throw notFound(what);
    if (!owned(s)) throw forbidden('OUT_OF_SCOPE', `${what} is outside the scope where you may ${ACTION_SCOPE[action] === 'capture' ? 'change' : 'act on'} it.`);
    return s;
  }

  /** Actions granted somewhere (for `me.permissions` and the apps' navigation). */
  get permissions(): Action[] {
    return ACTIONS.filter((a) => this.can(a));
  }

  /** Depth / complexity budget: API keys get a smaller one. */
  get queryLimits(): { depth: number; complexity: number } {
    return this.kind === 'apiKey'
      ? { depth: API_KEY_QUERY_DEPTH_MAX, complexity: API_KEY_QUERY_COMPLEXITY_MAX }
      : { depth: QUERY_DEPTH_MAX, complexity: QUERY_COMPLEXITY_MAX };
  }
}
