/** The row detail's trainer tools: what-if (WhatIfPanel) and the comparison with the rules before 2025-10-09. */
import * as React from "react";
import type { Lang } from "../../engine/types";
import type { WhatIfChange, WhatIfResult } from "../../engine/whatif/whatIf";
import type { PackComparisonView } from "../../engine/rules/comparePacks";
import { WhatIfPanel } from "./WhatIfPanel";
import { PackComparison } from "./PackComparison";

export function TrainerTools(props: {
  lang: Lang;
  whatIf(changes: WhatIfChange[]): Promise<WhatIfResult>;
  comparePacks(): Promise<PackComparisonView>;
}): React.ReactElement {
  return (
    <div data-testid="trainer-tools" style={{ display: "flex", flexDirection: "column", gap: 8 }}>
      <WhatIfPanel lang={props.lang} run={props.whatIf} />
      <PackComparison lang={props.lang} run={props.comparePacks} />
    </div>
  );
}
