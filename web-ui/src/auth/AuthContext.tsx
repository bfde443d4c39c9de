import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import i18next from 'i18next';
import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { ApiClient } from '../api/client';
import type { UiConfig } from '../config';
import { decodeJwtPayload, identityFrom, type Identity, type Role } from './identity';

const ACTING_ROLE_KEY = 'case-desk.acting-role';
const CALLBACK_PATH = '/login/callback';

export interface Auth {
  /** Null while signed out. */
  identity: Identity | null;
  /** The role the user acts in now (one of theirs). */
  role: Role | null;
  chooseRole: (role: Role) => void;
  /** Sends the browser to the issuer's login form; back at `returnTo` afterwards. */
  login: (returnTo?: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Finishes the login on /login/callback; answers where the user wanted to go. */
  completeLogin: () => Promise<string>;
  /** Set when the API said the sign-in is no longer valid. */
  expired: boolean;
  api: ApiClient;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (auth === null) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}

/** Authorization code with PKCE through oidc-client-ts; tokens kept in sessionStorage (gone with the tab). */
export function createUserManager(config: UiConfig, origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    scope: 'openid profile',
    // the access token carries sub, name, board, schools and roles: no extra cross-origin call to userinfo
    loadUserInfo: false,
    // no hidden iframes (the CSP forbids framing anyway): when the token expires, the user signs in again
    automaticSilentRenew: false,
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

function identityOf(user: User | null): Identity | null {
  if (user === null || user.expired) return null;
  return identityFrom(decodeJwtPayload(user.access_token), user.profile as unknown as Record<string, unknown>);
}

export function AuthProvider({ config, children, manager }: { config: UiConfig; children: ReactNode; manager?: UserManager }) {
  const users = useMemo(() => manager ?? createUserManager(config), [config, manager]);
  const [user, setUser] = useState<User | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [expired, setExpired] = useState(false);
  const [chosenRole, setChosenRole] = useState<string | null>(() => sessionStorage.getItem(ACTING_ROLE_KEY));
  const userRef = useRef<User | null>(null);
  const roleRef = useRef<Role | null>(null);

  useEffect(() => {
    let alive = true;
    users.getUser().then((stored) => {
      if (!alive) return;
      userRef.current = stored && !stored.expired ? stored : null;
      setUser(userRef.current);
      setLoaded(true);
    });
    return () => {
      alive = false;
    };
  }, [users]);

  const identity = useMemo(() => identityOf(user), [user]);
  const role: Role | null = identity === null ? null
    : identity.roles.find((r) => r === chosenRole) ?? identity.roles[0] ?? null;
  roleRef.current = role;

  const api = useMemo(() => new ApiClient({
    token: () => userRef.current?.access_token ?? null,
    // only someone with several roles needs to say which one they act in
    actingRole: () => (identityOf(userRef.current)?.roles.length ?? 0) > 1 ? roleRef.current : null,
    onUnauthenticated: () => setExpired(true),
    // the page's language at the moment of the call: a switch of language applies to the next answer
    language: () => i18next.language || 'nl',
  }), []);

  const chooseRole = useCallback((next: Role) => {
    sessionStorage.setItem(ACTING_ROLE_KEY, next);
    setChosenRole(next);
  }, []);

  const login = useCallback(async (returnTo?: string) => {
    await users.signinRedirect({ state: { returnTo: returnTo ?? window.location.pathname + window.location.search } });
  }, [users]);

  const logout = useCallback(async () => {
    const current = userRef.current;
    sessionStorage.removeItem(ACTING_ROLE_KEY);
    userRef.current = null;
    try {
      await users.signoutRedirect({ id_token_hint: current?.id_token });
    } catch {
      // an issuer without an end-session endpoint: forget the tokens here, and show the signed-out page
      await users.removeUser();
      setUser(null);
      window.location.assign('/');
    }
  }, [users]);

  const completeLogin = useCallback(async () => {
    const signedIn = await users.signinRedirectCallback();
    userRef.current = signedIn;
    setUser(signedIn);
    setExpired(false);
    const state = signedIn.state as { returnTo?: unknown } | undefined;
    const returnTo = typeof state?.returnTo === 'string' ? state.returnTo : '/';
    // only paths of this app: never an address elsewhere
    return returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith(CALLBACK_PATH) ? returnTo : '/';
  }, [users]);

  const value = useMemo<Auth>(() => ({ identity, role, chooseRole, login, logout, completeLogin, expired, api }),
    [identity, role, chooseRole, login, logout, completeLogin, expired, api]);

  if (!loaded) return null;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** For tests: a context with a fixed identity and client. */
export function TestAuthProvider({ value, children }: { value: Auth; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
