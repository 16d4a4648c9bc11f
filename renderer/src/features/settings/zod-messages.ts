/** zod's issues in the words of a settings form: "Must be at most 100 RSI (0–100)". */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

export function friendlyIssue(issue: Issue, unit: string): string {
  const withUnit = (text: string) => (unit ? `${text} ${unit}` : text);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return `Keep at least ${String(issue.minimum)}`;
      return withUnit(`Must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`);
    case 'too_big':
      if (issue.origin === 'array') return `Keep at most ${String(issue.maximum)}`;
      return withUnit(`Must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`);
    case 'invalid_type':
      return issue.expected === 'int' ? 'Must be a whole number' : 'Enter a value';
    case 'invalid_value':
      return 'Pick one of the listed options';
    default:
      return issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
  }
}
