import { Router } from 'express';
import { cannedPhrasesRouter } from './canned-phrases-router';
import { carrierAccountsRouter } from './carrier-accounts-router';
import { customLabelLayoutsRouter } from './custom-label-layouts-router';
import { documentSettingsRouter } from './document-settings-router';
import { holdBoxesRouter } from './hold-boxes-router';
import { myPageDesignRouter } from './my-page-design-router';
import { printNamesRouter } from './print-names-router';
import { processingRoutesRouter } from './processing-routes-router';
import type { SettingsRouterDependencies } from './settings-commands';
import { shopsRouter } from './shops-router';

export type { SettingsRouterDependencies } from './settings-commands';

/** The tenant's settings screens: 処理ルート, 保留ボックス, 店舗 (with 帳票設定), 定型文, 帳票商品名, マイページのデザイン, 運送会社アカウント, カスタム送り状. Reading needs a sign-in; changing needs settings.manage. */
export const settingsRouter = (deps: SettingsRouterDependencies): Router =>
  Router().use(
    processingRoutesRouter(deps),
    holdBoxesRouter(deps),
    shopsRouter(deps),
    documentSettingsRouter(deps),
    cannedPhrasesRouter(deps),
    printNamesRouter(deps),
    carrierAccountsRouter(deps),
    customLabelLayoutsRouter(deps),
    myPageDesignRouter(deps),
  );
