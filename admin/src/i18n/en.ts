import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { omsJapanese } from './ja';

const omsEnglish: typeof omsJapanese = {
  oms: {
    dashboard: {
      title: 'System status',
      status: 'Overall status',
      database: 'Database',
      event_store: 'Event store',
      head: 'Latest event position',
      auto_refresh: 'Refreshes every %{seconds} seconds',
      load_error: 'Could not get the system status. Check that the server is running.',
    },
    health: {
      status: { ok: 'OK', catching_up: 'Catching up', unavailable: 'Unavailable' },
      reachable: 'Connected',
      unreachable: 'Unreachable',
    },
    projections: { never_updated: 'Not yet applied' },
    roles: { admin: 'Administrator', staff: 'Staff' },
    order_status: {
      new: 'New',
      awaiting_payment: 'Awaiting payment',
      awaiting_shipment: 'Awaiting shipment',
      awaiting_documents: 'Awaiting slips and documents',
      awaiting_tracking_number: 'Awaiting tracking number',
      awaiting_shipping_mail: 'Shipping mail not sent',
      awaiting_follow_up_mail: 'Follow-up mail not sent',
      completed: 'Completed',
      held: 'On hold',
      cancelled: 'Cancelled',
    },
    malls: {
      rakuten: 'Rakuten', yahoo: 'Yahoo! Shopping', amazon: 'Amazon', qoo10: 'Qoo10', aupay: 'au PAY Market',
      ponparemall: 'Ponpare Mall', makeshop: 'MakeShop', colorme: 'Color Me Shop', futureshop: 'futureshop', base: 'BASE',
      eccube: 'EC-CUBE', shopserve: 'Shopserve', phone: 'Phone order', fax: 'Fax order', store: 'In-store order', other: 'Other',
    },
    orders: {
      actions: { advance: 'Next status', hold: 'Hold', release: 'Release' },
      bulk_result: '%{succeeded} done (%{failed} failed)',
      timeline: 'History',
      hold_box: 'Hold box',
      held_by_staff: 'Held by staff',
      destinations: 'Destinations',
    },
    order_events: {
      OrderImported: 'Imported', OrderEnteredByStaff: 'Entered', OrderStatusAdvanced: 'Status advanced', OrderStatusMoved: 'Status moved',
      OrderRouteAssigned: 'Route changed', OrderHeld: 'Held', OrderReleased: 'Released', OrderCancelled: 'Cancelled',
      OrderTagAdded: 'Tag added', OrderTagRemoved: 'Tag removed', OrderShopMemoEdited: 'Memo edited', OrderChangedAtMall: 'Mall change applied',
      OrderChangeAwaitingConfirmation: 'Mall change awaiting confirmation', OrderChangeConfirmed: 'Change confirmed', OrderChangeRejected: 'Change rejected',
    },
    auth: {
      tenant: 'Tenant code',
      username: 'Username',
      password: 'Password',
      sign_in: 'Sign in',
      bad_credentials: 'Tenant code, username or password is wrong',
      too_many_attempts: 'Too many sign-in attempts; try again later',
      signed_out: 'Please sign in',
    },
  },
  resources: {
    orders: {
      name: 'Order |||| Orders',
      fields: {
        orderNumber: 'Order number', orderedAt: 'Ordered at', mall: 'Mall', ordererName: 'Orderer', ordererKana: 'Kana', billed: 'Amount billed',
        status: 'Status', plannedShipDate: 'Planned ship date', q: 'Search', orderedFrom: 'Ordered from', orderedTo: 'Ordered to',
        shipDateFrom: 'Ship date from', deliveryDateFrom: 'Delivery date from', tag: 'Tag',
        'mallData.orderer.name': 'Orderer', 'mallData.orderer.kana': 'Kana', 'mallData.orderer.phone': 'Phone',
        'mallData.amounts.billed': 'Amount billed', 'mallData.buyerRemarks': 'Buyer remarks',
      },
    },
    'operation-history': {
      name: 'Operation history',
      fields: { occurredAt: 'When', actor: 'Who', eventType: 'What', streamName: 'Record' },
    },
    'staff-users': {
      name: 'Staff user |||| Staff users',
      fields: { username: 'Username', displayName: 'Display name', roles: 'Roles', registeredAt: 'Registered at' },
    },
    projections: {
      name: 'Read model |||| Read models',
      fields: {
        id: 'ID',
        name: 'Name',
        checkpoint: 'Checkpoint',
        lag: 'Events behind',
        updatedAt: 'Last updated',
        activeInThisProcess: 'Active in this process',
      },
    },
  },
};

export const englishAppMessages: TranslationMessages = { ...englishMessages, ...omsEnglish };
