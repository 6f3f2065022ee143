/*
 * The slice of OpenClaw's public plugin SDK this plugin uses, copied from the typed subpaths of
 * openclaw 2026.9.6 (`dist/plugin-sdk/plugin-entry.d.ts`, `provider-auth.d.ts` and the types they
 * re-export). OpenClaw is not a dependency of this package: its loader provides these modules when
 * it loads the plugin. The compat gate runs the bundle inside the real OpenClaw, which is what keeps
 * this copy honest.
 */
declare module 'openclaw/plugin-sdk/plugin-entry' {
  import type { PluginApi } from 'openclaw-plugin-types';
  export function definePluginEntry(options: {
    id: string;
    name: string;
    description: string;
    register: (api: PluginApi) => void;
  }): unknown;
}

declare module 'openclaw/plugin-sdk/provider-auth' {
  import type { ApiKeyAuthOptions, ProviderAuthMethod } from 'openclaw-plugin-types';
  export function createProviderApiKeyAuthMethod(params: ApiKeyAuthOptions): ProviderAuthMethod;
  /** The alias under which the config's `secrets.providers` serves the given source ("default" when none is set). */
  export function resolveDefaultSecretProviderAlias(config: unknown, source: 'env' | 'file' | 'exec', options?: { preferFirstProviderForSource?: boolean }): string;
}

declare module 'openclaw-plugin-types' {
  export type Config = {
    models?: { providers?: Record<string, { baseUrl?: string } | undefined> };
    [key: string]: unknown;
  };

  export interface ModelDefinition {
    id: string;
    name: string;
    reasoning?: boolean;
    input?: string[];
    contextWindow?: number;
    maxTokens?: number;
    cost?: { input: number; output: number; cacheRead: number; cacheWrite: number };
    compat?: Record<string, unknown>;
  }

  export interface ProviderConfig {
    baseUrl: string;
    api: 'openai-completions';
    apiKey?: string;
    models: ModelDefinition[];
  }

  export interface Runtime {
    log: (...args: unknown[]) => void;
    error: (...args: unknown[]) => void;
    exit: (code: number) => void;
  }

  export interface Prompter {
    note: (message: string, title?: string) => Promise<void>;
  }

  export interface ResolvedApiKey {
    key: string;
    source: 'profile' | 'env' | 'flag';
    envVarName?: string;
  }

  export interface ResolveApiKeyParams {
    provider: string;
    flagValue?: string;
    flagName: `--${string}`;
    envVar: string;
  }

  export interface ApiKeyCredential {
    type: 'api_key';
    provider: string;
    key?: string;
    keyRef?: { source: 'env' | 'file' | 'exec'; provider: string; id: string };
    metadata?: Record<string, string>;
  }

  export interface AuthContext {
    config: Config;
    env?: NodeJS.ProcessEnv;
    opts?: Record<string, unknown>;
    prompter: Prompter;
    runtime: Runtime;
    secretInputMode?: 'plaintext' | 'ref';
  }

  export interface NonInteractiveContext {
    authChoice: string;
    config: Config;
    baseConfig: Config;
    opts: Record<string, unknown>;
    runtime: Runtime;
    resolveApiKey: (params: ResolveApiKeyParams) => Promise<ResolvedApiKey | null>;
    toApiKeyCredential: (params: { provider: string; resolved: ResolvedApiKey; metadata?: Record<string, string> }) => ApiKeyCredential | null;
  }

  export interface AuthResult {
    profiles: Array<{ profileId: string; credential: ApiKeyCredential }>;
    defaultModel?: string;
    notes?: string[];
  }

  export interface ProviderAuthMethod {
    id: string;
    label: string;
    hint?: string;
    kind: 'api_key';
    run: (ctx: AuthContext) => Promise<AuthResult>;
    runNonInteractive?: (ctx: NonInteractiveContext) => Promise<Config | null>;
    validateNonInteractive?: (ctx: Omit<NonInteractiveContext, 'toApiKeyCredential'>) => Promise<boolean>;
  }

  export interface ApiKeyAuthOptions {
    providerId: string;
    methodId: string;
    label: string;
    hint?: string;
    wizard?: {
      choiceId?: string;
      choiceLabel?: string;
      choiceHint?: string;
      groupId?: string;
      groupLabel?: string;
      groupHint?: string;
      methodId?: string;
    };
    optionKey: string;
    flagName: `--${string}`;
    envVar: string;
    promptMessage: string;
    defaultModel?: string;
    noteMessage?: string;
    noteTitle?: string;
    resolveDefaultModel?: (params: { apiKey: string; config: Config; signal?: AbortSignal }) => Promise<string | undefined>;
  }

  export interface CatalogContext {
    config: Config;
    env: NodeJS.ProcessEnv;
    providerIds?: readonly string[];
    resolveProviderApiKey: (providerId?: string) => { apiKey: string | undefined; discoveryApiKey?: string };
  }

  export type CatalogResult = { provider: ProviderConfig } | null;

  export interface ExtraParamsContext {
    provider: string;
    modelId: string;
    extraParams?: Record<string, unknown>;
  }

  export interface RuntimeModel {
    id: string;
    baseUrl?: string;
    [key: string]: unknown;
  }

  export interface ResolvedModelContext {
    config?: Config;
    provider: string;
    modelId: string;
    model: RuntimeModel;
  }

  export interface ProviderPlugin {
    id: string;
    label: string;
    docsPath?: string;
    envVars?: string[];
    auth: ProviderAuthMethod[];
    catalog: { order?: 'simple'; run: (ctx: CatalogContext) => Promise<CatalogResult> };
    staticCatalog?: { order?: 'simple'; run: (ctx: CatalogContext) => Promise<CatalogResult> };
    prepareExtraParams?: (ctx: ExtraParamsContext) => Record<string, unknown> | null | undefined;
    normalizeResolvedModel?: (ctx: ResolvedModelContext) => RuntimeModel | null | undefined;
  }

  export interface PluginApi {
    registerProvider: (provider: ProviderPlugin) => void;
  }
}
