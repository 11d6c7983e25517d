import * as E from 'fp-ts/Either';
import { type Decider, domainError } from '../shared/decider';
import type { ImportMappingEvent } from './events';

export const MAPPING_NAME_MAX = 50;

type Mapping = Readonly<Record<string, unknown>>;

/** The id follows from (tenant, shop, name), so one name is one mapping per shop. */
export interface DefineImportMapping {
  readonly type: 'DefineImportMapping';
  readonly mappingId: string;
  readonly tenantId: string;
  readonly shopId: string;
  readonly name: string;
  readonly mapping: Mapping;
}
export interface ChangeImportMapping {
  readonly type: 'ChangeImportMapping';
  readonly tenantId: string;
  readonly mapping: Mapping;
}
export interface DeleteImportMapping {
  readonly type: 'DeleteImportMapping';
  readonly tenantId: string;
}
export type ImportMappingCommand = DefineImportMapping | ChangeImportMapping | DeleteImportMapping;

export type ImportMappingState =
  | { readonly status: 'none' | 'deleted' }
  | {
      readonly status: 'defined';
      readonly mappingId: string;
      readonly tenantId: string;
      readonly name: string;
      readonly mapping: Mapping;
    };

export const IMPORT_MAPPING_NOT_FOUND = domainError(
  'import_mapping.not_found',
  '取込設定が見つかりません',
  'no such import mapping',
);

/** Trimmed; the name is part of the format name `custom:<name>` people type on the command line. */
export const mappingNameProblem = (name: string) => {
  const trimmed = name.trim();
  if (trimmed === '')
    return domainError('import_mapping.empty_name', '取込設定の名前を入力してください', 'enter a name for the mapping');
  if ([...trimmed].length > MAPPING_NAME_MAX)
    return domainError(
      'import_mapping.name_too_long',
      `取込設定の名前は${MAPPING_NAME_MAX}文字までです`,
      `a mapping name has at most ${MAPPING_NAME_MAX} characters`,
    );
  return undefined;
};

const same = (a: Mapping, b: Mapping) => JSON.stringify(a) === JSON.stringify(b);

export const importMappingDecider: Decider<ImportMappingCommand, ImportMappingEvent, ImportMappingState> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ImportMappingDefined': {
        const { mappingId, tenantId, name, mapping } = event.data;
        return { status: 'defined', mappingId, tenantId, name, mapping };
      }
      case 'ImportMappingChanged':
        return state.status === 'defined' ? { ...state, mapping: event.data.mapping } : state;
      case 'ImportMappingDeleted':
        return { status: 'deleted' };
    }
  },
  decide: (command, state) => {
    if (command.type === 'DefineImportMapping') {
      if (state.status === 'defined') {
        return E.left(
          domainError(
            'import_mapping.name_taken',
            `取込設定「${state.name}」はこの店舗に既にあります`,
            `this shop already has a mapping named ${state.name}`,
          ),
        );
      }
      const problem = mappingNameProblem(command.name);
      if (problem) return E.left(problem);
      const { mappingId, tenantId, shopId, mapping } = command;
      return E.right([
        { type: 'ImportMappingDefined', data: { mappingId, tenantId, shopId, name: command.name.trim(), mapping } },
      ]);
    }
    // Another tenant's mapping does not exist for this one.
    if (state.status !== 'defined' || state.tenantId !== command.tenantId) return E.left(IMPORT_MAPPING_NOT_FOUND);
    if (command.type === 'DeleteImportMapping')
      return E.right([{ type: 'ImportMappingDeleted', data: { mappingId: state.mappingId } }]);
    return E.right(
      same(state.mapping, command.mapping)
        ? []
        : [{ type: 'ImportMappingChanged', data: { mappingId: state.mappingId, mapping: command.mapping } }],
    );
  },
};
