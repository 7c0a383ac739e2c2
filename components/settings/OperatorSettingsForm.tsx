import { useEffect, useState } from 'react';
import { makeT } from '@/lib/i18n/make-t';
import { operatorSettings } from '@/lib/settings/settings';
import { operatorMessages } from './operator-messages';

const t = makeT(operatorMessages);

/** The operator's name (who handled, who is replying) and signature ({{operator}} in templates). */
export function OperatorSettingsForm() {
  const [operator, setOperator] = useState('');
  const [signature, setSignature] = useState('');
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle');

  useEffect(() => {
    operatorSettings.getValue().then((s) => {
      setOperator(s.operator);
      setSignature(s.signature);
    });
  }, []);

  async function save() {
    const name = operator.trim();
    if (!name) return setStatus('invalid');
    // Read-modify-write keeps the fields other forms own (retention days) as they are.
    const current = await operatorSettings.getValue();
    await operatorSettings.setValue({ ...current, operator: name, signature: signature.trim() });
    setStatus('saved');
  }

  return (
    <form className="kz-settings-form" data-testid="operator-settings" onSubmit={(e) => (e.preventDefault(), void save())}>
      <h2>{t('title')}</h2>
      <label className="kz-field">
        <span>{t('operator')}</span>
        <input value={operator} maxLength={60} required data-testid="operator-name" onChange={(e) => (setOperator(e.target.value), setStatus('idle'))} />
        <small>{t('operatorHint')}</small>
      </label>
      <label className="kz-field">
        <span>{t('signature')}</span>
        <input value={signature} maxLength={100} data-testid="operator-signature" onChange={(e) => (setSignature(e.target.value), setStatus('idle'))} />
        <small>{t('signatureHint')}</small>
      </label>
      <button type="submit" data-testid="operator-save">
        {t('save')}
      </button>
      {status === 'saved' && <span role="status"> {t('saved')}</span>}
      {status === 'invalid' && <span role="alert" className="kz-error"> {t('nameRequired')}</span>}
    </form>
  );
}
