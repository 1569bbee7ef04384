import type { Scope, Settings } from '../settings';
import { isEnabledFor, setSiteRule, siteKeys } from '../settings';

export interface SiteSwitchProps {
  /** The page in the active tab, or undefined when no page of ours is there. */
  url: string | undefined;
  settings: Settings;
  /** A pure change to the settings (written by the caller). */
  onChange: (change: (s: Settings) => Settings) => void;
}

/**
 * "On for news.example.com" with one large switch, the scope it applies to (this host or the whole domain),
 * the rule that decides this page, and the switch for all sites. The state shown is always `isEnabledFor`'s.
 */
export function SiteSwitch({ url, settings, onChange }: SiteSwitchProps) {
  const keys = url ? siteKeys(url) : undefined;
  const decision = url ? isEnabledFor(url, settings) : undefined;
  const ruleScope: Scope = decision && typeof decision.rule === 'object' ? decision.rule.scope : 'host';
  return (
    <section aria-labelledby="site-title" class="site">
      {keys?.annotatable && decision ? (
        <>
          <h2 id="site-title" class="visually-hidden">
            This site
          </h2>
          <button
            type="button"
            role="switch"
            aria-checked={decision.enabled}
            data-testid="site-switch"
            class={`switch ${decision.enabled ? 'on' : 'off'}`}
            disabled={!settings.enabled}
            // a change sets a value, never flips one: the store may apply it twice
            onClick={() => onChange((s) => setSiteRule(s, url!, !decision.enabled, ruleScope))}
          >
            {decision.enabled ? 'On' : 'Off'} for {ruleScope === 'domain' ? keys.domain : keys.host}
          </button>
          {!keys.ip && keys.domain !== keys.host && (
            <fieldset class="scope">
              <legend>Applies to</legend>
              {(['host', 'domain'] as const).map((scope) => (
                <label key={scope}>
                  <input
                    type="radio"
                    name="scope"
                    data-testid={`scope-${scope}`}
                    checked={ruleScope === scope}
                    onChange={() => onChange((s) => setSiteRule(s, url!, decision.enabled, scope))}
                  />{' '}
                  {scope === 'host' ? `only ${keys.host}` : `all of ${keys.domain}`}
                </label>
              ))}
            </fieldset>
          )}
          <p data-testid="site-rule" class="rule">
            {decision.reason}
            {decision.overridden && ` (${decision.overridden.site}: ${decision.overridden.on ? 'on' : 'off'} for the whole site)`}
          </p>
        </>
      ) : (
        <p data-testid="site-rule">{keys && !keys.annotatable ? keys.reason : 'This page cannot be annotated.'}</p>
      )}
      <label class="global">
        <input
          type="checkbox"
          data-testid="global-switch"
          checked={settings.enabled}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            onChange((s) => ({ ...s, enabled: on }));
          }}
        />{' '}
        On for all sites
      </label>
    </section>
  );
}
