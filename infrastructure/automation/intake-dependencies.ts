import type { IntakePlannerDependencies } from '../../application/automation/intake-planner';
import { defaultLeadDays } from '../../domain/checks/lead-days';
import { kenAllLookup } from '../postal/ken-all-lookup';

/**
 * KEN_ALL and the carriers' lead times, as intake's checks read them. Bound here so the import, staff entry, the
 * re-check and the dry run read the same.
 */
export const intakeReferenceData = (): Pick<IntakePlannerDependencies, 'postal' | 'leadDays'> => ({
  postal: kenAllLookup,
  leadDays: defaultLeadDays,
});
