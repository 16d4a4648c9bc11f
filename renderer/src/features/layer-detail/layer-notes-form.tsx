import { useState, type FormEvent } from 'react';
import { LAYER_ROLES, type LayerDetail, type LayerRole } from '../../../../shared/domain/types';
import { api } from '../../api/transport';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/form-error';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useFormFeedback } from '../../forms/use-form-feedback';
import { ROLE_LABELS } from '../../format/labels';
import { formatTags, parseTags } from '../../format/tags';

interface LayerNotesFormProps {
  layer: LayerDetail;
  onSaved(layer: LayerDetail): void;
}

const roleOptions = LAYER_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const NO_ISSUES: never[] = [];

/** Role, notes and tags: the parts of a layer that are commentary, not trades. */
export function LayerNotesForm({ layer, onSaved }: LayerNotesFormProps) {
  const [role, setRole] = useState<LayerRole>(layer.role);
  const [notes, setNotes] = useState(layer.notes);
  const [tags, setTags] = useState(formatTags(layer.tags));
  const feedback = useFormFeedback(NO_ISSUES);
  const action = useAction(feedback.acceptServerError);
  const dirty = role !== layer.role || notes.trim() !== layer.notes || formatTags(parseTags(tags)) !== formatTags(layer.tags);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!dirty) return;
    const saved = await action.run(() => api.send('layer/update', { layerId: layer.id, role, notes: notes.trim(), tags: parseTags(tags) }));
    if (saved) onSaved(saved);
  };

  return (
    <form className="form" data-testid="layer-notes-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form-grid form-grid-notes">
        <SelectField id="layer-role" label="Role" value={role} options={roleOptions} onChange={(v) => { feedback.edited('role'); setRole(v); }} error={feedback.errorFor('role')} />
        <TextField id="layer-tags" label="Tags" value={tags} placeholder="comma separated" onChange={(v) => { feedback.edited('tags'); setTags(v); }} error={feedback.errorFor('tags')} />
      </div>
      <TextAreaField id="layer-notes" label="Notes" rows={4} value={notes} onChange={(v) => { feedback.edited('notes'); setNotes(v); }} error={feedback.errorFor('notes')}
        hint="Ctrl+Enter saves" placeholder="Thesis, management plan, what you would do differently" />
      <FormError error={action.error} isField={(p) => ['role', 'notes', 'tags'].includes(p)} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={action.busy || !dirty}>{action.busy ? 'Saving…' : 'Save notes'}</button>
      </div>
    </form>
  );
}
