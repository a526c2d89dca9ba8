import { useState } from 'preact/hooks';
import type { Api } from './api.js';

/** Just enough of an address to be worth a request; the server decides the rest. */
export const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The "send me a reset link" form's state and submit, for the widget and the reader
 * pages: the address checked for its shape first (`invalidEmail` beside the field),
 * then one request; `sent` once the server took it (it answers the same whether or
 * not the address is known), `error` the problem otherwise.
 */
export function useForgotPassword(api: Api, invalidEmail: string) {
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    if (!EMAIL_SHAPE.test(email.trim())) {
      setEmailError(invalidEmail);
      return;
    }
    setEmailError(undefined);
    setBusy(true);
    try {
      await api.forgotPassword(email.trim());
      setSent(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return { email, setEmail, emailError, error, sent, busy, submit };
}
