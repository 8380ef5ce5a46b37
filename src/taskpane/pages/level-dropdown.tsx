import { Dropdown, Option } from "@fluentui/react-components";
import type { SchoolLevel } from "../../core/model/enums";
import { SCHOOL_LEVELS } from "./template-choices";

/** The school-level list of the Mẫu biểu page. A chunk of its own: Fluent's combobox and its
 *  positioning (floating-ui) are a third of the first screen's Fluent code, and the page paints
 *  the chosen level as plain text until they arrive. */
export function LevelDropdown({
  level,
  onChange,
}: {
  level: SchoolLevel;
  onChange: (level: SchoolLevel) => void;
}) {
  return (
    <Dropdown
      value={SCHOOL_LEVELS[level]}
      selectedOptions={[level]}
      onOptionSelect={(_, d) => onChange(d.optionValue as SchoolLevel)}
      data-testid="level"
    >
      {Object.entries(SCHOOL_LEVELS).map(([id, label]) => (
        <Option key={id} value={id}>
          {label}
        </Option>
      ))}
    </Dropdown>
  );
}
