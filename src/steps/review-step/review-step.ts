import { css, html, nothing } from 'lit';
import { isSecretField } from '../../catalogue/catalogue-schema.js';
import type { WizardContextValue } from '../../context/wizard-context.js';
import { environmentWarnings } from '../../credentials/environment-warnings.js';
import { currentCredentials, keptCredentials } from '../../schemas/connector-schema.js';
import { textDir, textLang } from '../../catalogue/localize-catalogue.js';
import { checkDatePattern, datePatternWarning, formatDate, isZoneId, listedZoneName, localOffsetLabel } from '../../date-format/date-format.js';
import { connectorName, formGroup, groupName, keptGroup } from '../../schemas/general-schema.js';
import { idRecord, own } from '../../schemas/id-record.js';
import { authTypeOf } from '../../schemas/lookup.js';
import { normalizeCredential } from '../../schemas/normalize.js';
import { resolveDateFormat } from '../../schemas/timezone-schema.js';
import type { StepId } from '../../schemas/wizard-data.js';
import { FormStepElement, formStepStyles } from '../form-step-element.js';
import { authTypeNamed, systemTold } from '../told-apart.js';
import { keptGroupLabel } from '../general-step/kept-group-label.js';
import { reenterWords } from '../credentials-step/reenter-words.js';
import { optionValueToSay } from '../credentials-step/list-field.js';

interface Row {
  key: string;
  label: string;
  /** `en` for a catalogue label shown as written in a wizard of another language (textLang). */
  labelLang?: 'en';
  value: unknown;
  step: StepId;
  /** A value that looks like the other environment's (the catalogue's `environmentPatterns`). */
  warning?: string;
  /** What a credential's rule changed in what was typed ("A space at the end was removed"), as beside its field. */
  note?: string;
  /** The answer itself, to tell an edit's change from its saved value; none where that is not shown (a secret, a value the host did not pass). */
  raw?: unknown;
}

/** Step 6: every answer with a Change link; secrets only ever say whether they were provided.
 *
 * @tagname connector-wizard-review-step
 */
export class ReviewStep extends FormStepElement {
  static override styles = [
    ...formStepStyles,
    css`
      /* The rows follow the wizard's own width, not the screen's (a sidebar or drawer on a wide screen): the list is their container. Only the list, so the rest of the step still sizes a host that shrinks to fit (inline-block, a flex row, a grid cell). */
      dl {
        margin: 0 0 1.5rem;
        container-type: inline-size;
      }
      .row {
        display: grid;
        grid-template-columns: minmax(8rem, 1fr) 2fr auto;
        gap: 0.5rem 1rem;
        padding: 0.5rem 0;
        border-bottom: 1px solid var(--cw-border-subtle, #b1b4b6);
        align-items: baseline;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      /* A multi-line answer (a textarea that is not secret) keeps its lines. */
      dd.value bdi {
        white-space: pre-line;
      }
      /* 28rem of list: a 30rem wizard less its padding, where a screen of 30rem switched before. */
      @container (max-width: 28rem) {
        .row {
          grid-template-columns: 1fr auto;
        }
        dd.value {
          grid-column: 1 / -1;
          grid-row: 2;
        }
      }
    `,
  ];

  /** The moment the previews show when the Time zone step has not opened (an edit opened on Review): when Review opened, so a redraw keeps it. */
  readonly #opened = new Date();

  protected heading() {
    return this.ctx!.msg.reviewTitle;
  }

  protected fieldOrder() {
    return [];
  }

  protected renderStep(ctx: WizardContextValue) {
    const base = ctx.editing && ctx.data.editBase;
    // An edit's saved answers, said as these are: each answer changed shows what it was, in words (not a colour), never a secret.
    const saved = base ? new Map(this.rows({ ...ctx, data: { ...base, editBase: base }, secrets: idRecord() }, true).map((row) => [row.key, row])) : undefined;
    const was = (row: Row) => {
      const before = saved?.get(row.key);
      return row.raw !== undefined && before?.raw !== undefined && JSON.stringify(row.raw) !== JSON.stringify(before.raw) ? before : undefined;
    };
    return html`<p>${ctx.editing ? ctx.msg.reviewIntroEdit : ctx.msg.reviewIntro}</p>
      <dl>
        ${this.rows(ctx).map(
          (row) => html`<div class="row" data-key=${row.key}>
            <dt><bdi lang=${row.labelLang ?? nothing}>${row.label}</bdi></dt>
            <dd class="value">
              ${row.value}${was(row) ? html` <span data-was>(${ctx.msg.editWas}${ctx.msg.colon} ${was(row)!.value})</span>` : nothing}${row.note ? html`<p class="note" data-note>${row.note}</p>` : nothing}${row.warning ? html`<p class="warning" data-env-warning><strong>${ctx.msg.warning}</strong> ${row.warning}</p>` : nothing}
            </dd>
            <dd>
              ${
                ctx.steps.includes(row.step)
                  ? html`<button
                    type="button"
                    class="link"
                    part="button change"
                    aria-disabled=${ctx.sending ? 'true' : nothing}
                    @click=${() => ctx.actions.goTo(row.step, { returnToReview: true })}
                  >
                    ${ctx.msg.change}<span class="visually-hidden"> ${row.label}</span>
                  </button>`
                  : nothing
              }
            </dd>
          </div>`,
        )}
      </dl>`;
  }

  /** `saved`: an edit's saved answers (no preview of a moment, no secrets). */
  private rows(ctx: WizardContextValue, saved = false): Row[] {
    const { msg, data, system, groups } = ctx;
    // What the person typed, or the host and the catalogue named, in its own direction ("Shop <b>UK</b>" in an Arabic wizard).
    // A translated catalogue text (no `item` direction to take) is in the wizard's language and follows it.
    const asData = (text: string | undefined, otherwise: string, item?: object, key = '') =>
      !text ? otherwise : item && !textDir(item, key) ? text : html`<bdi lang=${(item && textLang(item, key, ctx.locale)) || nothing}>${text}</bdi>`;
    // Two systems of one name (a vendor's regional editions, or one written with a look-alike letter) are told apart by their category,
    // and of one category too (a registry's v1 and v2) by their id as well, as the picker and the success panel say them.
    const told = system ? systemTold(ctx.catalogue.systems, system) : {};
    const named = told.category
      ? html`${asData(system!.name, msg.notSet, system, 'name')} (${asData(told.category, '', system, 'category')})`
      : asData(system?.name, msg.notSet, system, 'name');
    const rows: Row[] = [{ key: 'system', label: msg.systemLabel, value: told.id ? html`${named} <bdi>(${told.id})</bdi>` : named, step: 'system' }];
    // As it is sent (connectorName): a name typed decomposed, or with a zero-width space pasted at its end, reads as the payload holds it.
    const name = connectorName(data.name);
    rows.push({ key: 'name', label: msg.name, value: asData(name, msg.notSet), step: 'general', raw: name });
    if (groups.length) {
      const group = formGroup(groups, data);
      // An edit's own group the host does not offer is said as General says it, never as a bare id.
      const kept = keptGroup(groups, data);
      const value = kept && group === kept.id ? keptGroupLabel(msg, kept) : asData(groupName(groups, group) ?? group, msg.notSet);
      rows.push({ key: 'group', label: msg.group, value, step: 'general', raw: group ?? '' });
    }
    rows.push({
      key: 'environment',
      label: msg.environment,
      value: data.environment === 'live' ? msg.live : data.environment === 'test' ? msg.test : msg.notSet,
      step: 'general',
      raw: data.environment ?? '',
    });
    // An edited connector's zone this browser does not know (a newer IANA zone) has no offset, nor a preview in it, rather than no Review.
    const zone = data.timeZone ?? 'UTC';
    // The offset at the moment the preview shows: across a daylight saving change, never one the preview beside it contradicts.
    const at = ctx.previewAt === undefined ? this.#opened : new Date(ctx.previewAt);
    // Nor in an abbreviation such as BST, which the browser would read as a zone of its own choosing (Asia/Dhaka).
    const offset = isZoneId(zone) ? localOffsetLabel(zone, ctx.locale, at) : undefined;
    rows.push({
      key: 'timeZone',
      label: msg.timeZone,
      // A zone's name is left to right in every language (as on its step): a right-to-left sentence would move its parts round.
      value: data.timeZone ? html`<bdi dir="ltr">${listedZoneName(data.timeZone).replace(/_/gu, ' ')}</bdi>${offset ? ` (${offset})` : nothing}` : msg.notSet,
      step: 'timezone',
      // Compared as Save sends it (editChanges, sameZone): a zone under its old name, or in another case, is the zone as the list names it.
      raw: data.timeZone ? listedZoneName(data.timeZone) : '',
    });
    const pattern = resolveDateFormat(data.dateFormat, data.customDateFormat);
    const patternWarning = pattern ? datePatternWarning(pattern) : undefined;
    // Nor one for a kept pattern the form cannot write (`ZZZZZ`): never an empty "Now:".
    const preview = !saved && pattern && offset && checkDatePattern(pattern).ok ? formatDate(at, pattern, zone) : '';
    rows.push({
      key: 'dateFormat',
      label: msg.dateFormat,
      value: pattern ? html`<code dir="ltr">${pattern}</code>${preview ? html` (${msg.preview} <bdi dir="ltr">${preview}</bdi>)` : nothing}` : msg.notSet,
      step: 'timezone',
      warning: patternWarning && msg.datePatternWarning(patternWarning),
      raw: pattern ?? '',
    });
    const authType = authTypeOf(system, data.authType);
    const authLabel = asData(authType?.label, msg.notSet, authType, 'label');
    // Labelled as another way to sign in (a registry's v1 and v2 keys): its id too, as the Authentication step says it.
    const authValue = authType ? authTypeNamed(system!.authTypes, authType, ctx.locale, authLabel) : authLabel;
    rows.push({ key: 'authType', label: msg.authTitle, value: authValue, step: 'auth', raw: data.authType ?? '' });
    if (authType?.kind === 'oauth2-authorization-code') {
      const connection = own(data.credentials, authType.id);
      const connectionAccount = own(connection, 'connectionAccount');
      const account = typeof connectionAccount === 'string' ? connectionAccount : undefined;
      rows.push({
        key: 'connection',
        label: msg.connection,
        value: own(connection, 'connectionRef') ? msg.oauthConnected(system!.name, account) : ctx.editing?.keepCredentials ? msg.keptCurrent : msg.notProvided,
        step: 'credentials',
      });
    }
    const input = { ctx: { ...ctx, system }, data, secrets: ctx.secrets, keepCredentials: ctx.editing?.keepCredentials };
    const warnings = environmentWarnings(authType, currentCredentials(input).values, data.environment, msg);
    // An edit keeps what is left empty: said so, never "Not provided" for a value that stays.
    const kept = keptCredentials(input);
    for (const field of authType?.fields ?? []) {
      let value: unknown;
      let raw: unknown;
      if (kept.includes(field)) value = msg.keptCurrent;
      else if (isSecretField(field))
        value = own(own(ctx.secrets, authType!.id), field.key)
          ? ctx.editing?.keepCredentials
            ? msg.secretReplaced
            : msg.provided
          : (own(data.secretsEntered, authType!.id) ?? []).includes(field.key)
            ? reenterWords(ctx).review
            : msg.notProvided;
      else {
        const v = own(own(data.credentials, authType!.id), field.key);
        // Compared as Save sends it (editChanges): `My-Store` is `my-store`, `4.0` is 4, so Review says "was" only for a change Save sends.
        const sent = typeof v === 'string' ? normalizeCredential(field, v).value : v;
        raw = field.type === 'number' && typeof sent === 'string' && sent.trim() ? Number(sent) : sent;
        if (field.type === 'boolean') value = v === true ? msg.yes : msg.no;
        else if (field.type === 'select') {
          const option = field.options?.find((o) => o.value === v);
          const said = option && optionValueToSay(field.options!, option);
          value = asData(option?.label, msg.notProvided, option, 'label');
          if (said) value = html`${value} <bdi>(${said})</bdi>`;
        } else value = asData(typeof v === 'string' && v !== '' ? `${field.prefix ?? ''}${v}${field.suffix ?? ''}` : undefined, msg.notProvided);
      }
      const note = kept.includes(field) ? undefined : ctx.notes[`/credentials/${field.key}`];
      rows.push({
        key: `credentials.${field.key}`,
        label: field.label,
        labelLang: textLang(field, 'label', ctx.locale),
        value,
        step: 'credentials',
        warning: warnings.get(field.key),
        note,
        raw,
      });
    }
    return rows;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'connector-wizard-review-step': ReviewStep;
  }
}
