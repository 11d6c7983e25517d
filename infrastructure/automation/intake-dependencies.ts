import type { IntakePlannerDependencies } from '../../application/automation/intake-planner';
import type { CheckContext, PostalLookup } from '../../domain/checks/check-context';

/**
 * KEN_ALL and the carriers' lead times, as intake's checks read them. Bound here so the import, staff entry, the
 * re-check and the dry run read the same.
 */
export const intakeReferenceData = (): Pick<IntakePlannerDependencies, 'postal' | 'leadDays'> => ({
  postal: (() => undefined) as PostalLookup,
  leadDays: (() => 1) as CheckContext['leadDays'],
});
