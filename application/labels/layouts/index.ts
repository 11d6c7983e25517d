import type { LabelLayout } from '../label-layout';
import { b2cloud } from './b2cloud';
import { clickpost } from './clickpost';
import { ehiden2 } from './ehiden2';
import { ehiden3 } from './ehiden3';
import { ehidenpro } from './ehidenpro';
import { fukuyama } from './fukuyama';
import { kangaroo2 } from './kangaroo2';
import { yuprir } from './yuprir';

/** The built-in layouts by the names the CLI and the API take (`--layout b2cloud`). */
export const BUILT_IN_LAYOUTS = {
  b2cloud,
  ehiden2,
  ehiden3,
  ehidenpro,
  yuprir,
  clickpost,
  kangaroo2,
  fukuyama,
} as const satisfies Record<string, LabelLayout>;

export type BuiltInLayoutName = keyof typeof BUILT_IN_LAYOUTS;

export const isBuiltInLayoutName = (name: string): name is BuiltInLayoutName => Object.hasOwn(BUILT_IN_LAYOUTS, name);

export const builtInLayout = (name: string): LabelLayout | undefined =>
  isBuiltInLayoutName(name) ? BUILT_IN_LAYOUTS[name] : undefined;
