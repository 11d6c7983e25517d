import * as E from 'fp-ts/Either';
import { type Decider, domainError } from '../shared/decider';
import type { CustomLabelLayoutEvent } from './events';

export const LAYOUT_NAME_MAX = 50;

type Layout = Readonly<Record<string, unknown>>;

/** The id follows from (tenant, name), so one name is one layout per tenant. */
export interface DefineCustomLabelLayout {
  readonly type: 'DefineCustomLabelLayout';
  readonly layoutId: string;
  readonly tenantId: string;
  readonly name: string;
  readonly layout: Layout;
}
export interface ChangeCustomLabelLayout {
  readonly type: 'ChangeCustomLabelLayout';
  readonly tenantId: string;
  readonly layout: Layout;
}
export interface RemoveCustomLabelLayout {
  readonly type: 'RemoveCustomLabelLayout';
  readonly tenantId: string;
}
export type CustomLabelLayoutCommand = DefineCustomLabelLayout | ChangeCustomLabelLayout | RemoveCustomLabelLayout;

export type CustomLabelLayoutState =
  | { readonly status: 'none' | 'removed' }
  | {
      readonly status: 'defined';
      readonly layoutId: string;
      readonly tenantId: string;
      readonly name: string;
      readonly layout: Layout;
    };

export const CUSTOM_LABEL_LAYOUT_NOT_FOUND = domainError(
  'custom_label_layout.not_found',
  'カスタム送り状が見つかりません',
  'no such custom label layout',
);

/** Trimmed; the name is part of the layout name `custom:<name>` people type on the command line. */
export const layoutNameProblem = (name: string) => {
  const trimmed = name.trim();
  if (trimmed === '')
    return domainError(
      'custom_label_layout.empty_name',
      'カスタム送り状の名前を入力してください',
      'enter a name for the layout',
    );
  if ([...trimmed].length > LAYOUT_NAME_MAX)
    return domainError(
      'custom_label_layout.name_too_long',
      `カスタム送り状の名前は${LAYOUT_NAME_MAX}文字までです`,
      `a layout name has at most ${LAYOUT_NAME_MAX} characters`,
    );
  return undefined;
};

const same = (a: Layout, b: Layout) => JSON.stringify(a) === JSON.stringify(b);

export const customLabelLayoutDecider: Decider<
  CustomLabelLayoutCommand,
  CustomLabelLayoutEvent,
  CustomLabelLayoutState
> = {
  initialState: () => ({ status: 'none' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'CustomLabelLayoutDefined': {
        const { layoutId, tenantId, name, layout } = event.data;
        return { status: 'defined', layoutId, tenantId, name, layout };
      }
      case 'CustomLabelLayoutChanged':
        return state.status === 'defined' ? { ...state, layout: event.data.layout } : state;
      case 'CustomLabelLayoutRemoved':
        return { status: 'removed' };
    }
  },
  decide: (command, state) => {
    if (command.type === 'DefineCustomLabelLayout') {
      if (state.status === 'defined')
        return E.left(
          domainError(
            'custom_label_layout.name_taken',
            `カスタム送り状「${state.name}」は既にあります`,
            `a layout named ${state.name} already exists`,
          ),
        );
      const problem = layoutNameProblem(command.name);
      if (problem) return E.left(problem);
      const { layoutId, tenantId, layout } = command;
      return E.right([
        { type: 'CustomLabelLayoutDefined', data: { layoutId, tenantId, name: command.name.trim(), layout } },
      ]);
    }
    // Another tenant's layout does not exist for this one.
    if (state.status !== 'defined' || state.tenantId !== command.tenantId) return E.left(CUSTOM_LABEL_LAYOUT_NOT_FOUND);
    if (command.type === 'RemoveCustomLabelLayout')
      return E.right([{ type: 'CustomLabelLayoutRemoved', data: { layoutId: state.layoutId } }]);
    return E.right(
      same(state.layout, command.layout)
        ? []
        : [{ type: 'CustomLabelLayoutChanged', data: { layoutId: state.layoutId, layout: command.layout } }],
    );
  },
};
