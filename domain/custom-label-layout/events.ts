import * as t from 'io-ts';

/**
 * カスタム送り状: a tenant's own label layout saved under a name, exported as `custom:<name>`. As with import mappings,
 * the domain keeps the layout as an opaque value; its shape belongs to the label engine, so the event registry is
 * given the engine's codec (application/labels/custom-layout.ts) and checks every layout on append and on read.
 */
export const customLabelLayoutEvents = <Layout extends t.Mixed>(layout: Layout) => ({
  CustomLabelLayoutDefined: t.strict({
    type: t.literal('CustomLabelLayoutDefined'),
    data: t.strict({ layoutId: t.string, tenantId: t.string, name: t.string, layout }),
  }),
  CustomLabelLayoutChanged: t.strict({
    type: t.literal('CustomLabelLayoutChanged'),
    data: t.strict({ layoutId: t.string, layout }),
  }),
  CustomLabelLayoutRemoved: t.strict({
    type: t.literal('CustomLabelLayoutRemoved'),
    data: t.strict({ layoutId: t.string }),
  }),
});

type Events = ReturnType<typeof customLabelLayoutEvents<t.UnknownRecordC>>;
export type CustomLabelLayoutDefined = t.TypeOf<Events['CustomLabelLayoutDefined']>;
export type CustomLabelLayoutChanged = t.TypeOf<Events['CustomLabelLayoutChanged']>;
export type CustomLabelLayoutRemoved = t.TypeOf<Events['CustomLabelLayoutRemoved']>;
export type CustomLabelLayoutEvent = CustomLabelLayoutDefined | CustomLabelLayoutChanged | CustomLabelLayoutRemoved;
