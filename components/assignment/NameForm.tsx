'use client';

import { useState } from 'react';
import FormField from '@/components/ui/FormField';

/** The name goes only into this device and the result link the student chooses to send. */
export default function NameForm({ initialName, onSubmit }: { initialName: string; onSubmit: (name: string) => void }) {
  const [name, setName] = useState(initialName);
  const [error, setError] = useState('');
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim().length === 0) setError('Enter the name your teacher knows you by.');
        else onSubmit(name.trim());
      }}
    >
      <FormField
        label="Your name"
        hint="Your teacher sees it on your result. It stays on this device and is sent nowhere."
        value={name}
        maxLength={60}
        autoComplete="name"
        error={error}
        onChange={(value) => {
          setName(value);
          setError('');
        }}
      />
      <button type="submit" className="btn-primary w-full sm:w-auto">
        Start the assignment
      </button>
    </form>
  );
}
