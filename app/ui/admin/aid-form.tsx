'use client';

import { saveAidPackage } from '@/app/admin/(editor)/aid/actions';
import { formatVocabulary } from '@/app/lib/format';
import { aidForm } from '@/domain/validation/aid';
import { AID_CATEGORIES, AID_STATUSES } from '@/domain/vocabulary';
import type { AidForEdit } from '@/db/queries/aid/admin-aid';
import { CitationsEditor } from '@/app/ui/forms/citations-editor';
import { EntryForm, useEntryForm } from '@/app/ui/forms/entry-form';
import { Field } from '@/app/ui/forms/field';
import { PartyPicker } from '@/app/ui/forms/party-picker';
import { DuplicateWarning } from './duplicate-warning';

/** `currencies` comes from the server: browsers' ICU may know other codes, and the list must hydrate identically. */
export function AidForm({ entry, currencies }: { entry: AidForEdit | null; currencies: string[] }) {
  const form = useEntryForm(saveAidPackage, aidForm, entry);
  const { errors, value, touch } = form;
  const duplicate = form.state.duplicateOf;

  return (
    <EntryForm
      form={form}
      noun="aid package"
      notice={duplicate && <DuplicateWarning existing={duplicate} href={`/admin/aid/${duplicate.id}`} />}
    >
      <div className="form-grid">
        <PartyPicker
          name="donorId"
          label="Donor"
          required
          errors={errors.donorId}
          initial={entry ? [entry.donor] : []}
          onChange={() => touch('donorId')}
        />
        <PartyPicker
          name="recipientId"
          label="Recipient"
          required
          errors={errors.recipientId}
          initial={entry ? [entry.recipient] : []}
          onChange={() => touch('recipientId')}
        />
        <Field name="category" label="Category" required errors={errors.category}>
          {(props) => (
            <select {...props} defaultValue={value('category')} key={`category-${value('category')}`}>
              <option value="">Choose…</option>
              {AID_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {formatVocabulary(c)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="status"
          label="Status"
          required
          errors={errors.status}
          hint="Approved, authorized and delivered count as committed."
        >
          {(props) => (
            <select {...props} defaultValue={value('status')} key={`status-${value('status')}`}>
              <option value="">Choose…</option>
              {AID_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {formatVocabulary(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          name="amount"
          label="Amount"
          errors={errors.amount}
          hint="Whole units of the currency; empty if not disclosed."
        >
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              defaultValue={value('amount')}
              key={`amount-${value('amount')}`}
            />
          )}
        </Field>
        <Field name="currency" label="Currency" errors={errors.currency} hint="ISO 4217 code: USD, EUR, GBP…">
          {(props) => (
            <>
              <input
                {...props}
                list="currency-codes"
                maxLength={3}
                autoCapitalize="characters"
                defaultValue={value('currency')}
                key={`currency-${value('currency')}`}
              />
              <datalist id="currency-codes">
                {currencies.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field
          name="amountUsd"
          label="Value in US dollars"
          errors={errors.amountUsd}
          hint="Required when the currency is not USD."
        >
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              defaultValue={value('amountUsd')}
              key={`usd-${value('amountUsd')}`}
            />
          )}
        </Field>
        <Field name="announcedOn" label="Announced on" required errors={errors.announcedOn}>
          {(props) => (
            <input
              {...props}
              type="date"
              defaultValue={value('announcedOn')}
              key={`date-${value('announcedOn')}`}
            />
          )}
        </Field>
      </div>
      <Field name="title" label="Title" required errors={errors.title}>
        {(props) => <input {...props} defaultValue={value('title')} key={`title-${value('title').length}`} />}
      </Field>
      <Field name="description" label="Description" errors={errors.description}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            defaultValue={value('description')}
            key={`desc-${value('description').length}`}
          />
        )}
      </Field>
      <CitationsEditor
        initial={entry?.citations.map((c) => ({ ...c, newSource: null })) ?? []}
        errors={errors.citations}
        onChange={() => touch('citations')}
      />
    </EntryForm>
  );
}
