/** A labelled on/off switch: a native checkbox with the switch role, so its name is its label. */
export interface SwitchFieldProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  description?: string;
  onChange: (checked: boolean) => void;
}

export function SwitchField({ label, checked, disabled, description, onChange }: SwitchFieldProps) {
  return (
    <label class="yomu-switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="yomu-switch-text">
        <span class="yomu-switch-label">{label}</span>
        {description ? <span class="yomu-switch-description">{description}</span> : null}
      </span>
    </label>
  );
}
